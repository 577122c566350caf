// The first check on any untrusted value (a feed, a converter's input, a
// history entry's state) before its fields are read.

/** A plain object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
