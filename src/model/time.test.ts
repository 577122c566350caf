import { describe, expect, it } from 'vitest';
import {
  dayKeyOf,
  daysBetween,
  endDayOffset,
  formatDay,
  formatOffset,
  formatTime,
  groupByDay,
  offsetMinutes,
  wallClock,
  zoneDisplayName,
} from './time.ts';
import { startOfDay } from './dayStart.ts';

const at = (iso: string) => Date.parse(iso);

describe('dayKeyOf', () => {
  // The Chinese-language block at 01:00 UTC on 26 April: the previous evening
  // in the Americas, the same morning in Asia.
  it.each([
    ['Asia/Shanghai', '2022-04-26'],
    ['America/Los_Angeles', '2022-04-25'],
    ['America/St_Johns', '2022-04-25'],
    ['Pacific/Kiritimati', '2022-04-26'],
    ['Pacific/Pago_Pago', '2022-04-25'],
    ['UTC', '2022-04-26'],
  ])('puts 01:00 UTC on 26 April on the right local day in %s', (zone, day) => {
    expect(dayKeyOf(at('2022-04-26T01:00:00Z'), zone)).toBe(day);
  });
});

describe('dayKeyOf where the offset changes', () => {
  const MINUTE = 60_000;
  // The day as formatToParts reads it for that very minute: what dayKeyOf
  // must agree with, however it gets there.
  const dayRead = (minute: number, zone: string) => {
    const { year, month, day } = wallClock(minute * MINUTE, zone);
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
  const offsetAt = (minute: number, zone: string) => offsetMinutes(zone, minute * MINUTE);
  /** The first minute of each change of offset in a year, found from the month starts. */
  const changesIn = (year: number, zone: string) => {
    const months = Array.from({ length: 13 }, (_, month) => Date.UTC(year, month, 1) / MINUTE);
    const changes: number[] = [];
    for (let at = 0; at < 12; at += 1) {
      let low = months[at] as number;
      let high = months[at + 1] as number;
      const before = offsetAt(low, zone);
      if (offsetAt(high, zone) === before) continue;
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (offsetAt(middle, zone) === before) low = middle;
        else high = middle;
      }
      changes.push(high);
    }
    return changes;
  };

  it('reads the old day after a change back across midnight within a UTC hour (Tehran, 2021)', () => {
    // 24:00 at +04:30 became 23:00 at +03:30, at 19:30 UTC: 19:45 UTC is 23:15 on the 21st.
    expect(dayKeyOf(Date.parse('2021-09-21T19:45:00Z'), 'Asia/Tehran')).toBe('2021-09-21');
    expect(dayKeyOf(Date.parse('2021-09-21T19:29:00Z'), 'Asia/Tehran')).toBe('2021-09-21');
    expect(dayKeyOf(Date.parse('2021-09-21T19:30:00Z'), 'Asia/Tehran')).toBe('2021-09-21');
    expect(dayKeyOf(Date.parse('2021-09-21T20:30:00Z'), 'Asia/Tehran')).toBe('2021-09-22');
  });

  it('keeps 29 February of the year 0, which Date.UTC would read as 1900 (no such day)', () => {
    const leapDay = Date.parse('0000-02-29T12:00:00Z');
    expect(dayKeyOf(leapDay, 'UTC')).toBe('0000-02-29');
    expect(offsetMinutes('UTC', leapDay)).toBe(0);
  });

  it('agrees with formatToParts on every minute around each change, in zones with odd offsets and midnight changes', () => {
    const zones = [
      'Asia/Tehran',
      'America/Santiago',
      'America/Havana',
      'Asia/Gaza',
      'America/Asuncion',
      'Asia/Beirut',
      'Asia/Amman',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'America/St_Johns',
      'Australia/Adelaide',
      'Africa/Casablanca',
      'Europe/Dublin',
      'Antarctica/Troll',
      'America/New_York',
      'Pacific/Apia',
      'Asia/Kathmandu',
      'America/Caracas',
      'Asia/Pyongyang',
      'Africa/Monrovia',
    ];
    const years = [1971, 1972, 1986, 1995, 2007, 2011, 2016, 2018, 2021, 2024];
    let checked = 0;
    for (const zone of zones) {
      for (const year of years) {
        for (const change of changesIn(year, zone)) {
          for (let minute = change - 90; minute <= change + 90; minute += 1) {
            expect(dayKeyOf(minute * MINUTE, zone), `${zone} ${new Date(minute * MINUTE).toISOString()}`).toBe(dayRead(minute, zone));
            checked += 1;
          }
        }
      }
    }
    // Enough changes were found for the sweep to mean something.
    expect(checked).toBeGreaterThan(181 * 200);
  });

  it('agrees with formatToParts at random instants in every zone the engine knows', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const from = Date.UTC(1970, 0, 1) / MINUTE;
    const to = Date.UTC(2100, 0, 1) / MINUTE;
    for (const zone of zones) {
      for (let sample = 0; sample < 40; sample += 1) {
        const minute = Math.floor(from + random() * (to - from));
        expect(dayKeyOf(minute * MINUTE + 59_999, zone), `${zone} ${minute}`).toBe(dayRead(minute, zone));
      }
    }
  });
});

describe('formatTime', () => {
  it.each([
    ['Asia/Shanghai', '23:00'],
    ['America/Los_Angeles', '08:00'],
    ['Asia/Kolkata', '20:30'],
    ['Asia/Kathmandu', '20:45'],
    ['Australia/Adelaide', '00:30'],
    ['America/St_Johns', '12:30'],
    ['Pacific/Kiritimati', '05:00'],
    ['Pacific/Pago_Pago', '04:00'],
    ['Europe/Berlin', '17:00'],
  ])('shows State of Istio (15:00 UTC, 25 April 2022) in %s at %s', (zone, time) => {
    expect(formatTime(at('2022-04-25T15:00:00Z'), 'en-GB', zone)).toBe(time);
  });

  it('follows the locale between 12- and 24-hour clocks', () => {
    expect(formatTime(at('2022-04-25T15:00:00Z'), 'en-US', 'America/Los_Angeles')).toBe('8:00 AM');
    expect(formatTime(at('2022-04-25T15:00:00Z'), 'zh-CN', 'Asia/Shanghai')).toBe('23:00');
  });
});

describe('formatDay', () => {
  it('writes the local day in the locale', () => {
    expect(formatDay('2022-04-25', 'en-US')).toBe('Mon, Apr 25');
    expect(formatDay('2022-04-25', 'zh-CN')).toBe('4月25日周一');
  });
});

describe('formatOffset', () => {
  it.each([
    ['Asia/Shanghai', '2022-04-25T00:00:00Z', 'UTC+8'],
    ['America/Los_Angeles', '2022-03-13T09:59:00Z', 'UTC−8'],
    ['America/Los_Angeles', '2022-03-13T10:00:00Z', 'UTC−7'],
    ['Asia/Kolkata', '2022-04-25T00:00:00Z', 'UTC+5:30'],
    ['Asia/Kathmandu', '2022-04-25T00:00:00Z', 'UTC+5:45'],
    ['Australia/Adelaide', '2022-01-10T00:00:00Z', 'UTC+10:30'],
    ['Australia/Adelaide', '2022-07-10T00:00:00Z', 'UTC+9:30'],
    ['America/St_Johns', '2022-01-10T00:00:00Z', 'UTC−3:30'],
    ['Pacific/Kiritimati', '2022-04-25T00:00:00Z', 'UTC+14'],
    ['Pacific/Pago_Pago', '2022-04-25T00:00:00Z', 'UTC−11'],
    ['UTC', '2022-04-25T00:00:00Z', 'UTC'],
  ])('%s at %s is %s', (zone, instant, label) => {
    expect(formatOffset(zone, at(instant))).toBe(label);
  });
});

describe('startOfDay', () => {
  it('finds local midnight, also on a DST change day', () => {
    expect(startOfDay('2022-04-25', 'Asia/Shanghai')).toBe(at('2022-04-24T16:00:00Z'));
    expect(startOfDay('2022-03-13', 'America/Los_Angeles')).toBe(at('2022-03-13T08:00:00Z'));
    expect(startOfDay('2022-03-14', 'America/Los_Angeles')).toBe(at('2022-03-14T07:00:00Z'));
    expect(startOfDay('2022-04-25', 'Asia/Kathmandu')).toBe(at('2022-04-24T18:15:00Z'));
  });
});

describe('endDayOffset', () => {
  it('flags a session that crosses local midnight', () => {
    // 15:00-16:30 UTC is 23:00-00:30 in Shanghai.
    expect(endDayOffset(at('2022-04-25T15:00:00Z'), at('2022-04-25T16:30:00Z'), 'Asia/Shanghai')).toBe(1);
    expect(endDayOffset(at('2022-04-25T15:00:00Z'), at('2022-04-25T16:30:00Z'), 'UTC')).toBe(0);
  });

  it('does not flag a session that ends exactly at midnight', () => {
    expect(endDayOffset(at('2022-04-25T15:00:00Z'), at('2022-04-25T16:00:00Z'), 'Asia/Shanghai')).toBe(0);
  });

  it('counts across the DST change', () => {
    expect(endDayOffset(at('2022-03-13T07:00:00Z'), at('2022-03-14T08:00:00Z'), 'America/Los_Angeles')).toBe(2);
  });
});

describe('daysBetween', () => {
  it('counts calendar days, not 24-hour spans', () => {
    expect(daysBetween('2022-03-12', '2022-03-14')).toBe(2);
    expect(daysBetween('2022-04-30', '2022-05-01')).toBe(1);
  });
});

describe('groupByDay', () => {
  it('groups sorted items by local start day, in day order', () => {
    const items = [
      { id: 'a', start: at('2022-04-25T15:00:00Z') },
      { id: 'b', start: at('2022-04-26T01:00:00Z') },
      { id: 'c', start: at('2022-04-26T17:00:00Z') },
    ];
    const inLosAngeles = groupByDay(items, 'America/Los_Angeles').map((g) => [g.day, g.items.map((i) => i.id)]);
    expect(inLosAngeles).toEqual([
      ['2022-04-25', ['a', 'b']],
      ['2022-04-26', ['c']],
    ]);
    const inShanghai = groupByDay(items, 'Asia/Shanghai').map((g) => [g.day, g.items.map((i) => i.id)]);
    expect(inShanghai).toEqual([
      ['2022-04-25', ['a']],
      ['2022-04-26', ['b']],
      ['2022-04-27', ['c']],
    ]);
  });
});

describe('zoneDisplayName', () => {
  const april = Date.UTC(2022, 3, 26, 12);
  it('gives a zone its everyday name in each language', () => {
    expect(zoneDisplayName('Europe/Berlin', 'en-US', april)).toBe('Central European Time');
    expect(zoneDisplayName('Asia/Shanghai', 'zh-CN', april)).toBe('中国标准时间');
  });
  it('gives nothing for a bare offset, and never throws on a bad zone', () => {
    expect(zoneDisplayName('Etc/GMT-3', 'en-US', april)).toBeUndefined();
    expect(zoneDisplayName('Not/AZone', 'en-US', april)).toBeUndefined();
  });
});
