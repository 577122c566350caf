// Locale data differs between engines: how a locale writes a date, whether
// timeZoneName: 'longOffset' exists, whether Intl.supportedValuesOf exists,
// which name a zone goes by. These tests run the time module against an Intl
// that behaves like the engines we support at their worst, so nothing in it
// can lean on one engine's formatted strings.
import { afterEach, describe, expect, it, vi } from 'vitest';

const RealDateTimeFormat = Intl.DateTimeFormat;

/** An Intl.DateTimeFormat whose format() output is useless to parse (WebKit's en-CA: 04/25/2022) and with no longOffset. */
function hostileDateTimeFormat(): typeof Intl.DateTimeFormat {
  function HostileFormat(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    if (options?.timeZoneName === 'longOffset') throw new RangeError('timeZoneName longOffset not supported');
    const real = new RealDateTimeFormat(locales, options);
    return {
      format: (date?: number | Date) => `~${real.format(date).split('').reverse().join('')}~`,
      formatToParts: (date?: number | Date) => real.formatToParts(date),
      resolvedOptions: () => real.resolvedOptions(),
    };
  }
  return Object.assign(HostileFormat, {
    supportedLocalesOf: RealDateTimeFormat.supportedLocalesOf,
  }) as unknown as typeof Intl.DateTimeFormat;
}

/** Intl with some members replaced (its own members are not enumerable, so no spread). */
const intlWith = (overrides: Record<string, unknown>) => Object.assign(Object.create(Intl) as typeof Intl, overrides);

async function timeModuleUnder(dateTimeFormat: typeof Intl.DateTimeFormat) {
  vi.resetModules();
  vi.stubGlobal('Intl', intlWith({ DateTimeFormat: dateTimeFormat }));
  return import('./time.ts');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

const at = (iso: string) => Date.parse(iso);

describe('with locale data unlike Chromium’s', () => {
  it('still puts instants on the right local day, from formatToParts', async () => {
    const time = await timeModuleUnder(hostileDateTimeFormat());
    expect(time.dayKeyOf(at('2022-04-26T01:00:00Z'), 'Asia/Shanghai')).toBe('2022-04-26');
    expect(time.dayKeyOf(at('2022-04-26T01:00:00Z'), 'America/Los_Angeles')).toBe('2022-04-25');
    expect(time.dayKeyOf(at('2022-04-25T18:30:00Z'), 'Asia/Kolkata')).toBe('2022-04-26');
    expect(time.dayKeyOf(at('2022-04-25T23:59:59Z'), 'UTC')).toBe('2022-04-25');
  });

  it('computes offsets from numbers where longOffset does not exist', async () => {
    const time = await timeModuleUnder(hostileDateTimeFormat());
    expect(time.offsetMinutes('Asia/Kolkata', at('2022-04-25T00:00:00Z'))).toBe(330);
    expect(time.offsetMinutes('America/St_Johns', at('2022-01-10T00:00:00Z'))).toBe(-210);
    expect(time.offsetMinutes('America/Los_Angeles', at('2022-03-13T09:59:00Z'))).toBe(-480);
    expect(time.offsetMinutes('America/Los_Angeles', at('2022-03-13T10:00:00Z'))).toBe(-420);
    expect(time.formatOffset('Asia/Kathmandu', at('2022-04-25T00:00:00Z'))).toBe('UTC+5:45');
  });

  it('counts days between local days and across midnight without parsing text', async () => {
    const time = await timeModuleUnder(hostileDateTimeFormat());
    expect(time.daysBetween('2022-04-25', '2022-04-28')).toBe(3);
    expect(time.daysBetween('2022-12-31', '2023-01-01')).toBe(1);
    expect(time.endDayOffset(at('2022-04-25T15:00:00Z'), at('2022-04-25T17:00:00Z'), 'Asia/Shanghai')).toBe(1);
  });
});

describe('wallClock', () => {
  it('reads midnight as hour 0 and keeps the date', async () => {
    const { wallClock } = await import('./time.ts');
    expect(wallClock(at('2022-04-25T16:00:00Z'), 'Asia/Shanghai')).toEqual({
      year: 2022,
      month: 4,
      day: 26,
      hour: 0,
      minute: 0,
      seconds: 0,
    });
  });

  it('reads years before 1000 and before the common era as numbers', async () => {
    const { dayKeyOf, wallClock } = await import('./time.ts');
    expect(dayKeyOf(Date.UTC(999, 0, 2, 12), 'UTC')).toBe('0999-01-02');
    expect(wallClock(Date.UTC(-5, 0, 1, 12), 'UTC').year).toBe(-5);
  });
});

/** Intl.DateTimeFormat as an engine that calls the viewer's zone Asia/Calcutta (Chromium's ICU does). */
function calcuttaDateTimeFormat(): typeof Intl.DateTimeFormat {
  function CalcuttaFormat(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    const real = new RealDateTimeFormat(locales, options);
    return {
      format: (date?: number | Date) => real.format(date),
      formatToParts: (date?: number | Date) => real.formatToParts(date),
      resolvedOptions: () => ({ ...real.resolvedOptions(), timeZone: options?.timeZone ?? 'Asia/Calcutta' }),
    };
  }
  return Object.assign(CalcuttaFormat, {
    supportedLocalesOf: RealDateTimeFormat.supportedLocalesOf,
  }) as unknown as typeof Intl.DateTimeFormat;
}

describe('zone names', () => {
  it('shows today’s name for a zone an engine reports by its old one', async () => {
    const time = await timeModuleUnder(calcuttaDateTimeFormat());
    expect(time.localTimeZone()).toBe('Asia/Kolkata');
    expect(time.isValidTimeZone('Asia/Calcutta')).toBe(true);
    expect(time.offsetMinutes('Asia/Calcutta', at('2022-04-25T00:00:00Z'))).toBe(330);
  });

  it('offers the viewer’s zone and UTC where Intl.supportedValuesOf does not exist', async () => {
    vi.resetModules();
    vi.stubGlobal('Intl', intlWith({ DateTimeFormat: calcuttaDateTimeFormat(), supportedValuesOf: undefined }));
    const { allTimeZones } = await import('./zones.ts');
    expect(allTimeZones()).toEqual(['Asia/Kolkata', 'UTC']);
  });
});
