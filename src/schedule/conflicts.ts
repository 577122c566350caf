// Which chosen sessions overlap in time, and how much time they fill.
// Ranges are half-open [start, end): a session ending at 10:00 does not clash
// with one starting at 10:00, and an empty range holds no time at all.

export interface TimeRange {
  /** Epoch milliseconds. */
  start: number;
  end: number;
}

export function rangesOverlap(a: TimeRange, b: TimeRange): boolean {
  return a.start < a.end && b.start < b.end && a.start < b.end && b.start < a.end;
}

/**
 * Session id -> ids of the other sessions it overlaps, ordered by start.
 * Sessions that clash with nothing are absent. Ids are assumed unique.
 */
export function findClashes(sessions: readonly (TimeRange & { id: string })[]): Map<string, string[]> {
  const clashes = new Map<string, string[]>();
  const record = (from: string, to: string) => {
    const list = clashes.get(from);
    if (list) list.push(to);
    else clashes.set(from, [to]);
  };
  // A sweep over starts, keeping the sessions still running (in start order).
  // Each kept one is a clash to report and each dropped one leaves for good, so
  // the sweep costs O(n + k) for k clashing pairs, after an O(n log n) sort.
  let running: (TimeRange & { id: string })[] = [];
  for (const session of byStart(sessions)) {
    running = running.filter((other) => other.end > session.start);
    for (const other of running) {
      record(other.id, session.id);
      record(session.id, other.id);
    }
    running.push(session);
  }
  // Lists come out in start order: a session first meets the earlier ones still
  // running, then each later one as it starts.
  return clashes;
}

/** Milliseconds covered by at least one session: two parallel hours count once. */
export function totalDuration(sessions: readonly TimeRange[]): number {
  let total = 0;
  let coveredUntil = -Infinity;
  for (const { start, end } of byStart(sessions)) {
    if (end <= coveredUntil) continue;
    total += end - Math.max(start, coveredUntil);
    coveredUntil = end;
  }
  return total;
}

function byStart<T extends TimeRange>(ranges: readonly T[]): T[] {
  return [...ranges].filter((range) => range.start < range.end).sort((a, b) => a.start - b.start || a.end - b.end);
}
