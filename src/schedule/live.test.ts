import { describe, expect, it } from 'vitest';
import { countdownTo, currentOrNext, isRunning, liveStatus, minutesUntil, nowAndNext, upNext } from './live.ts';

const at = (iso: string) => Date.parse(iso);
const session = (id: string, start: string, end: string) => ({ id, start: at(start), end: at(end) });

// Three sessions on the first IstioCon day (UTC).
const stateOfIstio = session('state', '2022-04-25T15:00:00Z', '2022-04-25T15:25:00Z');
const zeroTrust = session('zero', '2022-04-25T15:30:00Z', '2022-04-25T15:55:00Z');
const workshop = session('workshop', '2022-04-25T18:00:00Z', '2022-04-25T20:30:00Z');
const day = [stateOfIstio, zeroTrust, workshop];

describe('liveStatus', () => {
  it('is live from the start up to, not including, the end', () => {
    expect(liveStatus(stateOfIstio, at('2022-04-25T15:00:00Z'))).toBe('live');
    expect(liveStatus(stateOfIstio, at('2022-04-25T15:24:59Z'))).toBe('live');
    expect(liveStatus(stateOfIstio, at('2022-04-25T15:25:00Z'))).toBeUndefined();
  });

  it('is soon within the 30 minutes before the start', () => {
    expect(liveStatus(zeroTrust, at('2022-04-25T15:00:00Z'))).toBe('soon');
    expect(liveStatus(zeroTrust, at('2022-04-25T14:59:59Z'))).toBeUndefined();
    expect(liveStatus(workshop, at('2022-04-25T15:10:00Z'))).toBeUndefined();
  });
});

describe('isRunning', () => {
  it('is true during a session and within a day before the next', () => {
    expect(isRunning(day, at('2022-04-25T15:10:00Z'))).toBe(true);
    expect(isRunning(day, at('2022-04-24T16:00:00Z'))).toBe(true);
  });

  it('is false well before the event and after its last session', () => {
    expect(isRunning(day, at('2022-04-20T12:00:00Z'))).toBe(false);
    expect(isRunning(day, at('2022-04-25T20:30:00Z'))).toBe(false);
    expect(isRunning(day, at('2026-11-23T12:00:00Z'))).toBe(false);
  });
});

describe('currentOrNext and upNext', () => {
  it('finds the session in progress, else the next one', () => {
    expect(currentOrNext(day, at('2022-04-25T15:10:00Z'))?.id).toBe('state');
    expect(currentOrNext(day, at('2022-04-25T15:26:00Z'))?.id).toBe('zero');
    expect(currentOrNext(day, at('2022-04-25T21:00:00Z'))).toBeUndefined();
  });

  it('lists the next favorites that have not started', () => {
    expect(upNext(day, at('2022-04-25T15:10:00Z')).map((s) => s.id)).toEqual(['zero', 'workshop']);
    expect(upNext(day, at('2022-04-25T19:00:00Z'))).toEqual([]);
  });
});

describe('minutesUntil', () => {
  it('rounds up and never goes below zero', () => {
    expect(minutesUntil(at('2022-04-25T15:30:00Z'), at('2022-04-25T15:10:30Z'))).toBe(20);
    expect(minutesUntil(at('2022-04-25T15:30:00Z'), at('2022-04-25T15:31:00Z'))).toBe(0);
  });
});

describe('countdownTo', () => {
  it('counts calendar days in the display zone, and names the date past tomorrow', () => {
    // 26 April 23:10 in Shanghai; a talk on 29 April at 09:00 there.
    const now = at('2022-04-26T15:10:00Z');
    expect(countdownTo(at('2022-04-29T01:00:00Z'), now, 'Asia/Shanghai')).toEqual({ unit: 'date', day: '2022-04-29' });
    // 50 minutes later, just past midnight: minutes, whatever the day.
    expect(countdownTo(at('2022-04-26T16:00:00Z'), now, 'Asia/Shanghai')).toEqual({ unit: 'minute', value: 50 });
    // Tomorrow morning in Shanghai is "tomorrow", though under 24 hours away.
    expect(countdownTo(at('2022-04-27T02:00:00Z'), now, 'Asia/Shanghai')).toEqual({ unit: 'day', value: 1 });
    // The same instants in Los Angeles (08:10 on the 26th): later today, in hours.
    expect(countdownTo(at('2022-04-26T19:10:00Z'), now, 'America/Los_Angeles')).toEqual({ unit: 'hour', value: 4 });
    expect(countdownTo(at('2022-04-27T02:00:00Z'), now, 'America/Los_Angeles')).toEqual({ unit: 'hour', value: 11 });
  });
});

describe('nowAndNext', () => {
  const at = (hh: number, mm = 0) => Date.UTC(2022, 3, 26, hh, mm);
  const sessions = [
    { id: 'a', start: at(15), end: at(15, 35) },
    { id: 'b', start: at(15, 5), end: at(15, 20) },
    { id: 'c', start: at(15, 40), end: at(16) },
    { id: 'd', start: at(15, 40), end: at(16, 10) },
    { id: 'e', start: at(16, 30), end: at(17) },
  ];
  it('gives every session on now, in every track, and all that start at the next start time', () => {
    const { live, next } = nowAndNext(sessions, at(15, 10));
    expect(live.map((session) => session.id)).toEqual(['a', 'b']);
    expect(next.map((session) => session.id)).toEqual(['c', 'd']);
  });
  it('is empty after the last session, and has no next during the last one', () => {
    expect(nowAndNext(sessions, at(18))).toEqual({ live: [], next: [] });
    expect(nowAndNext(sessions, at(16, 40))).toEqual({ live: [sessions[4]], next: [] });
  });
});
