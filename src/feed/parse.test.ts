import { describe, expect, it } from 'vitest';
import { parseFeed, parseFeedText } from './parse.ts';

const session = (overrides: Record<string, unknown> = {}) => ({
  id: 'state-of-istio',
  title: { en: 'State of Istio', zh: 'Istio 现状' },
  start: '2022-04-25T15:00:00Z',
  end: '2022-04-25T15:30:00Z',
  type: 'keynote',
  track: 'community',
  language: 'en',
  speakers: [{ name: 'Lin Sun', affiliation: 'Solo.io' }],
  abstract: { en: 'An overview.' },
  ...overrides,
});

const feed = (sessions: unknown[], extra: Record<string, unknown> = {}) => ({
  format: 1,
  conference: { id: 'istiocon-2022', name: { en: 'IstioCon 2022' }, timezone: 'UTC', url: 'https://events.istio.io/' },
  tracks: [{ id: 'community', name: { en: 'Community', zh: '社区' }, color: '#2f6fb0' }],
  sessions,
  ...extra,
});

function parsedOk(raw: unknown) {
  const result = parseFeed(raw);
  if (!result.ok) throw new Error(`expected a feed, got ${result.failure}: ${result.detail}`);
  return result;
}

describe('parseFeed', () => {
  it('reads a valid feed into instants, sorted by start', () => {
    const later = session({ id: 'later', start: '2022-04-25T17:00:00+02:00', end: '2022-04-25T18:00:00+02:00' });
    const { schedule, problems } = parsedOk(feed([session(), later]));
    expect(problems).toEqual([]);
    expect(schedule.sessions.map((s) => s.id)).toEqual(['state-of-istio', 'later']);
    expect(schedule.sessions[0]?.start).toBe(Date.UTC(2022, 3, 25, 15, 0));
    expect(schedule.sessions[1]?.start).toBe(Date.UTC(2022, 3, 25, 15, 0));
    expect(schedule.conference.timezone).toBe('UTC');
  });

  it('defaults optional parts and ignores unknown fields', () => {
    const { schedule, problems } = parsedOk(
      feed([session({ speakers: undefined, tags: undefined, track: undefined, video: 'x', extra: { deep: 1 } })], {
        rooms: undefined,
        future: true,
      }),
    );
    expect(problems).toEqual([]);
    expect(schedule.rooms).toEqual([]);
    expect(schedule.sessions[0]).toMatchObject({ speakers: [], tags: [] });
    expect(schedule.sessions[0]).not.toHaveProperty('video');
  });

  it.each([
    ['no id', { id: undefined }, /id/],
    ['a bad id', { id: 'Has Spaces' }, /id/],
    ['a bad start', { start: 'tomorrow' }, /start/],
    ['a local time without offset', { start: '2022-04-25T15:00:00' }, /start/],
    ['an impossible date', { start: '2022-02-31T15:00:00Z', end: '2022-03-31T15:00:00Z' }, /start/],
    ['end before start', { end: '2022-04-25T14:00:00Z' }, /end is not after start/],
    ['an unknown track', { track: 'nope' }, /unknown track "nope"/],
    ['an unknown room', { room: 'nope' }, /unknown room "nope"/],
    ['an unknown type', { type: 'party' }, /type/],
    ['an empty title', { title: { en: '  ' } }, /title/],
    ['a title that is HTML-free but not text', { title: 'State' }, /title/],
    ['a bad language', { language: 'English' }, /language/],
    ['speakers of the wrong shape', { speakers: ['Lin'] }, /speakers/],
  ])('skips a session with %s and reports why', (_name, overrides, reason) => {
    const { schedule, problems } = parsedOk(feed([session({ id: 'good' }), session({ id: 'bad', ...overrides })]));
    expect(schedule.sessions.map((s) => s.id)).toEqual(['good']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ part: 'session', index: 1 });
    expect(problems[0]?.reason).toMatch(reason);
  });

  it('keeps the first of two sessions with the same id and reports the second', () => {
    const { schedule, problems } = parsedOk(feed([session({ title: { en: 'First' } }), session({ title: { en: 'Second' } })]));
    expect(schedule.sessions.map((s) => s.title.en)).toEqual(['First']);
    expect(problems).toEqual([{ part: 'session', index: 1, id: 'state-of-istio', reason: expect.stringMatching(/duplicate/) }]);
  });

  it('skips a broken track and then the sessions that name it', () => {
    const { schedule, problems } = parsedOk(feed([session()], { tracks: [{ id: 'community', name: {} }] }));
    expect(schedule.tracks).toEqual([]);
    expect(schedule.sessions).toEqual([]);
    expect(problems.map((p) => p.part)).toEqual(['track', 'session']);
  });

  it('drops a track colour that is not #rgb or #rrggbb instead of using it', () => {
    const { schedule } = parsedOk(feed([session()], { tracks: [{ id: 'community', name: { en: 'C' }, color: 'red;background:url(x)' }] }));
    expect(schedule.tracks[0]?.color).toBeUndefined();
  });

  it('drops a conference URL that is not http(s)', () => {
    const raw = feed([session()]);
    raw.conference = { ...raw.conference, url: 'javascript:alert(1)' };
    expect(parsedOk(raw).schedule.conference.url).toBeUndefined();
  });

  it('reports a session longer than 7 days (a mistyped year) and keeps the rest', () => {
    const typo = session({ id: 'typo', end: '2042-04-25T15:30:00Z' });
    const week = session({ id: 'week', end: '2022-05-02T15:00:00Z' });
    const { schedule, problems } = parsedOk(feed([session(), typo, week]));
    expect(schedule.sessions.map((kept) => kept.id)).toEqual(['state-of-istio', 'week']);
    expect(problems).toEqual([{ part: 'session', index: 1, id: 'typo', reason: 'longer than 7 days (is a year mistyped?)' }]);
  });

  it.each([
    ['an end in year 10000', { start: '9999-12-31T23:00:00Z', end: '9999-12-31T23:30:00-01:00' }],
    ['a start in 1969', { start: '1969-12-31T23:30:00Z', end: '1970-01-01T00:30:00Z' }],
    ['a start in year 0000', { start: '0000-03-01T10:00:00Z', end: '0000-03-01T11:00:00Z' }],
  ])('reports %s as out of range, so no export ever sees it', (_name, times) => {
    const { schedule, problems } = parsedOk(feed([session(times)]));
    expect(schedule.sessions).toEqual([]);
    expect(problems.map((problem) => problem.reason)).toEqual(['start or end outside the years 1970–9999']);
  });

  it('accepts the last minute of 9999 and the first of 1970', () => {
    const early = session({ id: 'early', start: '1970-01-01T00:00:00Z', end: '1970-01-01T01:00:00Z' });
    const late = session({ id: 'late', start: '9999-12-31T23:00:00Z', end: '9999-12-31T23:59:59.999Z' });
    expect(parsedOk(feed([early, late])).problems).toEqual([]);
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'sessions'],
    ['another format', { format: 2, conference: {}, sessions: [] }],
    ['no sessions array', { format: 1, conference: { id: 'x', name: { en: 'X' } }, sessions: {} }],
    ['a conference without a name', { format: 1, conference: { id: 'x' }, sessions: [] }],
    ['an unknown time zone', { format: 1, conference: { id: 'x', name: { en: 'X' }, timezone: 'Mars/Olympus' }, sessions: [] }],
  ])('refuses %s as not a feed', (_name, raw) => {
    const result = parseFeed(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.failure).toBe('not-a-feed');
  });
});

describe('parseFeedText', () => {
  it('reports text that is not JSON', () => {
    const result = parseFeedText('<!doctype html><p>Not found</p>');
    expect(result).toMatchObject({ ok: false, failure: 'not-json' });
  });

  it('parses JSON text', () => {
    expect(parseFeedText(JSON.stringify(feed([session()]))).ok).toBe(true);
  });
});
