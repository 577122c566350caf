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

describe('parseFeed: links and speaker profiles', () => {
  const profile = (overrides: Record<string, unknown> = {}) => ({
    id: 'lin-sun',
    name: 'Lin Sun',
    role: 'Director of Open Source, Solo.io',
    bio: { en: 'Lin works on Istio.' },
    links: [{ url: 'https://twitter.com/linsun_unc', label: 'Twitter' }],
    photo: [
      { url: 'speakers/lin-sun-192.webp', size: 192 },
      { url: 'speakers/lin-sun-96.webp', size: 96 },
    ],
    ...overrides,
  });

  it('reads session links and profiles, with photos smallest first', () => {
    const links = [
      { kind: 'recording', url: 'https://youtu.be/6hWDlYSujLo' },
      { kind: 'slides', url: 'https://events.istio.io/istiocon-2022/slides/a1-welcome.pdf', label: 'Slides (PDF)' },
    ];
    const { schedule, problems } = parsedOk(
      feed([session({ links, speakers: [{ name: 'Lin Sun', id: 'lin-sun' }] })], { speakers: [profile()] }),
    );
    expect(problems).toEqual([]);
    expect(schedule.sessions[0]?.links).toEqual(links);
    expect(schedule.sessions[0]?.speakers).toEqual([{ name: 'Lin Sun', id: 'lin-sun' }]);
    expect(schedule.speakers).toHaveLength(1);
    expect(schedule.speakers[0]?.photo.map((photo) => photo.size)).toEqual([96, 192]);
    expect(schedule.speakers[0]).toMatchObject({ role: 'Director of Open Source, Solo.io', bio: { en: 'Lin works on Istio.' } });
  });

  it('keeps a names-only feed valid: no speakers list, no links', () => {
    const { schedule, problems } = parsedOk(feed([session()]));
    expect(problems).toEqual([]);
    expect(schedule.speakers).toEqual([]);
    expect(schedule.sessions[0]?.links).toEqual([]);
  });

  it.each([
    ['an http: link', { kind: 'recording', url: 'http://youtu.be/x' }, /^links\.1\.url: only https: URLs \(dropped\)$/],
    ['a javascript: link', { kind: 'other', url: 'javascript:alert(1)' }, /links\.1\.url/],
    ['an unknown kind', { kind: 'podcast', url: 'https://example.org/' }, /links\.1\.kind/],
    ['a string for a link', 'https://example.org/', /^links\.1: /],
  ])('drops %s, reports it and keeps the session', (_name, bad, reason) => {
    const good = { kind: 'slides', url: 'https://example.org/deck.pdf' };
    const { schedule, problems } = parsedOk(feed([session({ links: [good, bad] })]));
    expect(schedule.sessions[0]?.links).toEqual([good]);
    expect(problems).toEqual([{ part: 'session', index: 0, id: 'state-of-istio', reason: expect.stringMatching(reason), kept: true }]);
  });

  it('drops a links field that is not a list', () => {
    const { schedule, problems } = parsedOk(feed([session({ links: 'https://example.org/' })]));
    expect(schedule.sessions[0]?.links).toEqual([]);
    expect(problems.map((problem) => problem.reason)).toEqual(['links: not a list (dropped)']);
  });

  it('reports a dropped link only for a session that is shown', () => {
    const { problems } = parsedOk(feed([session({ type: 'party', links: [{ kind: 'x', url: 'ftp://x' }] })]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).not.toHaveProperty('kept');
  });

  it('drops a speaker id that names no profile and keeps the name', () => {
    const speakers = [
      { name: 'Lin Sun', id: 'lin-sun' },
      { name: 'Mitch Connors', id: 'mitch-connors' },
      { name: 'Odd', id: 42 },
    ];
    const { schedule, problems } = parsedOk(feed([session({ speakers })], { speakers: [profile()] }));
    expect(schedule.sessions[0]?.speakers).toEqual([{ name: 'Lin Sun', id: 'lin-sun' }, { name: 'Mitch Connors' }, { name: 'Odd' }]);
    expect(problems.map((problem) => problem.reason)).toEqual([
      'speakers.1.id: no speaker profile has the id "mitch-connors" (the id is dropped)',
      'speakers.2.id: no speaker profile has the id 42 (the id is dropped)',
    ]);
    expect(problems.every((problem) => problem.kept)).toBe(true);
  });

  it.each([
    ['a data: URL', 'data:image/png;base64,AAAA'],
    ['an http: URL', 'http://cdn.example.org/lin.jpg'],
    ['a protocol-relative URL', '//cdn.example.org/lin.jpg'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a path with a space', 'speakers/lin sun.webp'],
    ['a backslash path', '\\\\host\\share.jpg'],
  ])('drops a photo at %s and keeps the profile', (_name, url) => {
    const photo = [
      { url, size: 96 },
      { url: 'https://cdn.example.org/lin.webp', size: 192 },
    ];
    const { schedule, problems } = parsedOk(feed([session()], { speakers: [profile({ photo })] }));
    expect(schedule.speakers[0]?.photo).toEqual([{ url: 'https://cdn.example.org/lin.webp', size: 192 }]);
    expect(problems).toEqual([{ part: 'speaker', index: 0, id: 'lin-sun', reason: expect.stringMatching(/^photo\.0\.url: /), kept: true }]);
  });

  it('keeps relative photo paths and gives a photo of unknown size 0', () => {
    const photo = [{ url: '../img/lin.jpg' }, { url: '/avatars/lin.png', size: 64 }];
    const { schedule, problems } = parsedOk(feed([session()], { speakers: [profile({ photo })] }));
    expect(problems).toEqual([]);
    expect(schedule.speakers[0]?.photo).toEqual([
      { url: '../img/lin.jpg', size: 0 },
      { url: '/avatars/lin.png', size: 64 },
    ]);
  });

  it('drops a profile link that is not https: and keeps the profile', () => {
    const links = [{ url: 'http://www.linkedin.com/in/x' }, { url: 'https://github.com/x', label: 'GitHub' }];
    const { schedule, problems } = parsedOk(feed([session()], { speakers: [profile({ links })] }));
    expect(schedule.speakers[0]?.links).toEqual([{ url: 'https://github.com/x', label: 'GitHub' }]);
    expect(problems.map((problem) => [problem.part, problem.reason])).toEqual([['speaker', 'links.0.url: only https: URLs (dropped)']]);
  });

  it('skips a broken profile (then the sessions pointing to it lose the id) and a duplicate', () => {
    const { schedule, problems } = parsedOk(
      feed([session({ speakers: [{ name: 'Nobody', id: 'nobody' }] })], {
        speakers: [profile({ id: 'nobody', name: '  ' }), profile(), profile({ name: 'Again' })],
      }),
    );
    expect(schedule.speakers.map((speaker) => speaker.name)).toEqual(['Lin Sun']);
    expect(problems.map((problem) => [problem.part, problem.index, problem.reason])).toEqual([
      ['speaker', 0, 'name: needs a name'],
      ['speaker', 2, 'duplicate id (the first one is kept)'],
      ['session', 0, 'speakers.0.id: no speaker profile has the id "nobody" (the id is dropped)'],
    ]);
    expect(schedule.sessions).toHaveLength(1);
  });

  it('refuses a feed whose speakers is not a list', () => {
    expect(parseFeed(feed([session()], { speakers: {} })).ok).toBe(false);
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
