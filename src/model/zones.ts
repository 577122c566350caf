// The IANA zones a viewer can pick from, under today's names.
import { currentZoneName, localTimeZone } from './time.ts';

let cached: string[] | undefined;

export function allTimeZones(): string[] {
  if (!cached) {
    // Intl.supportedValuesOf is missing before Safari 15.4 and Firefox 93:
    // the picker then offers the viewer's zone and UTC, and still takes a typed one.
    const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    cached = [...new Set(['UTC', localTimeZone(), ...supported.map(currentZoneName)])].sort();
  }
  return cached;
}
