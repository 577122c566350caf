// The timetable of one local day: which column each session goes in, where
// it starts and ends (minutes after local midnight), and side-by-side lanes
// for sessions that overlap in one column.
import { startOfDay } from '../model/dayStart.ts';
import { dayKeyOf, type DayKey } from '../model/time.ts';
import type { Schedule, Session, LocalizedText } from '../model/schedule.ts';

export interface GridColumn {
  /** A room or track id; NO_COLUMN for sessions that have neither. */
  id: string;
  name?: LocalizedText;
  color?: string;
}

export interface GridItem {
  session: Session;
  column: number;
  /** Minutes after the local day's midnight; may pass 1440 for a late session, never LAST_GRID_MINUTE. */
  startMinute: number;
  endMinute: number;
  lane: number;
  lanes: number;
}

export interface GridLayout {
  kind: 'rooms' | 'tracks';
  columns: GridColumn[];
  items: GridItem[];
  /** The local day's midnight as an instant: minute 0 of the items. Kept with them, as the grid re-renders every frame of a scroll. */
  dayStart: number;
  /** The span to draw, rounded out to whole slots. */
  firstMinute: number;
  lastMinute: number;
}

export const NO_COLUMN = '';
const SLOT_MINUTES = 30;
/**
 * Where a day's grid stops: 06:00 the next morning. A session that runs into
 * the night is drawn to its end, but one that runs on for days (a week-long
 * hackathon, a mistyped date) is cut here, or the grid would draw a row and a
 * time label every half hour of its whole length.
 */
export const LAST_GRID_MINUTE = 30 * 60;

/** Rooms across when the feed has rooms, else tracks. */
export function columnKind(schedule: Schedule): 'rooms' | 'tracks' {
  return schedule.rooms.length > 0 && schedule.sessions.some((session) => session.room !== undefined) ? 'rooms' : 'tracks';
}

export function layoutDay(schedule: Schedule, sessions: readonly Session[], day: DayKey, timeZone: string): GridLayout {
  const kind = columnKind(schedule);
  const dayStart = startOfDay(day, timeZone);
  const ofDay = sessions.filter((session) => dayKeyOf(session.start, timeZone) === day);
  const columnOf = (session: Session) => (kind === 'rooms' ? session.room : session.track) ?? NO_COLUMN;

  // Feed order for columns, keeping only those with a session this day.
  const used = new Set(ofDay.map(columnOf));
  const declared: GridColumn[] =
    kind === 'rooms'
      ? schedule.rooms.map((room) => ({ id: room.id, name: room.name }))
      : schedule.tracks.map((track) => ({ id: track.id, name: track.name, color: track.color }));
  const columns = declared.filter((column) => used.has(column.id));
  if (used.has(NO_COLUMN)) columns.push({ id: NO_COLUMN });
  const position = new Map(columns.map((column, index) => [column.id, index]));

  // One pass sorts the day into its columns: a busy day has 1,282 sessions
  // in 20 columns, and a filter per column read every session 20 times.
  const byColumn: Omit<GridItem, 'lane' | 'lanes'>[][] = columns.map(() => []);
  for (const session of ofDay) {
    const index = position.get(columnOf(session));
    // A session in a room or track the feed does not list has no column.
    if (index === undefined) continue;
    byColumn[index]?.push({
      session,
      column: index,
      startMinute: (session.start - dayStart) / 60_000,
      endMinute: Math.min((session.end - dayStart) / 60_000, LAST_GRID_MINUTE),
    });
  }
  const items: GridItem[] = byColumn.flatMap((inColumn) => assignLanes(inColumn));

  const firstMinute = Math.min(...items.map((item) => item.startMinute));
  const lastMinute = Math.max(...items.map((item) => item.endMinute));
  return {
    kind,
    columns,
    items,
    dayStart,
    firstMinute: items.length ? Math.floor(firstMinute / SLOT_MINUTES) * SLOT_MINUTES : 0,
    lastMinute: items.length ? Math.ceil(lastMinute / SLOT_MINUTES) * SLOT_MINUTES : 0,
  };
}

interface Placed {
  startMinute: number;
  endMinute: number;
}

/**
 * Greedy interval partitioning: each item takes the first lane that is free
 * at its start. A cluster (items chained by overlaps) shares one lane count,
 * so the items of a cluster split the column width evenly.
 */
export function assignLanes<T extends Placed>(items: readonly T[]): (T & { lane: number; lanes: number })[] {
  const sorted = [...items].sort((a, b) => a.startMinute - b.startMinute || b.endMinute - a.endMinute);
  const result: (T & { lane: number; lanes: number })[] = [];
  let cluster: (T & { lane: number; lanes: number })[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -Infinity;

  const closeCluster = () => {
    for (const item of cluster) item.lanes = laneEnds.length;
    result.push(...cluster);
    cluster = [];
    laneEnds = [];
  };

  for (const item of sorted) {
    if (item.startMinute >= clusterEnd) closeCluster();
    let lane = laneEnds.findIndex((end) => end <= item.startMinute);
    if (lane === -1) lane = laneEnds.push(item.endMinute) - 1;
    else laneEnds[lane] = item.endMinute;
    clusterEnd = cluster.length === 0 ? item.endMinute : Math.max(clusterEnd, item.endMinute);
    cluster.push({ ...item, lane, lanes: 1 });
  }
  closeCluster();
  return result;
}

/** Where the scroll box looks, and how the grid's columns sit inside it (pixels). */
export interface GridViewport {
  scrollTop: number;
  scrollLeft: number;
  width: number;
  height: number;
  /** Offsets of the first session column inside the scrolled content. */
  columnsTop: number;
  columnsLeft: number;
  columnWidth: number;
}

/** The part of the day on screen, widened by `overscan` screens on each side. */
export interface GridWindow {
  fromMinute: number;
  toMinute: number;
  fromColumn: number;
  toColumn: number;
}

/** Screens of margin a big day renders around the screen once painted: a scroll finds its cells already there. */
export const GRID_OVERSCAN = 0.5;

export function gridWindow(viewport: GridViewport, firstMinute: number, pxPerMinute: number, overscan = GRID_OVERSCAN): GridWindow {
  const extraY = viewport.height * overscan;
  const extraX = viewport.width * overscan;
  const top = viewport.scrollTop - viewport.columnsTop - extraY;
  const bottom = viewport.scrollTop - viewport.columnsTop + viewport.height + extraY;
  const left = viewport.scrollLeft - viewport.columnsLeft - extraX;
  const right = viewport.scrollLeft - viewport.columnsLeft + viewport.width + extraX;
  const width = Math.max(1, viewport.columnWidth);
  return {
    fromMinute: firstMinute + top / pxPerMinute,
    toMinute: firstMinute + bottom / pxPerMinute,
    fromColumn: Math.floor(left / width),
    toColumn: Math.floor(right / width),
  };
}

/** The items that overlap the window: the only ones a big day needs in the page. */
export function itemsInWindow<T extends Pick<GridItem, 'column' | 'startMinute' | 'endMinute'>>(
  items: readonly T[],
  window: GridWindow,
): T[] {
  return items.filter(
    (item) =>
      item.column >= window.fromColumn &&
      item.column <= window.toColumn &&
      item.endMinute > window.fromMinute &&
      item.startMinute < window.toMinute,
  );
}
