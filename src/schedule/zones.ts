// The IANA zones a viewer can pick from, under today's names.
import { currentZoneName } from './time.ts';

let cached: string[] | undefined;

export function allTimeZones(): string[] {
  if (!cached) {
    const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    cached = [...new Set(['UTC', ...supported.map(currentZoneName)])].sort();
  }
  return cached;
}
