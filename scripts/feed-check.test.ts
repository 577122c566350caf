import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFeed, fieldOf, problemLine } from './feed-check.ts';

type Json = Record<string, unknown>;

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const fixture = (name: string) => read(`../src/feed/fixtures/${name}`);
const BUNDLED = read('../public/sessions.json');

/** The events of a frab export in the importer's running order (days, rooms, events). */
function eventsOf(raw: Json): Json[] {
  const days = (raw as { schedule: { conference: { days: { rooms: Record<string, Json[]> }[] } } }).schedule.conference.days;
  return days.flatMap((day) => Object.values(day.rooms).flat());
}

describe('checkFeed on the real files', () => {
  it.each([
    [
      'public/sessions.json',
      BUNDLED,
      'Summary: 65 sessions kept, 0 skipped; 6 tracks, 0 rooms, 86 speaker profiles; 5 days (2022-04-25 to 2022-04-29); time zone UTC',
    ],
    [
      'camp2019-frab-schedule.json',
      fixture('camp2019-frab-schedule.json'),
      'Summary: 79 sessions kept, 0 skipped; 7 tracks, 2 rooms, 90 speaker profiles; 5 days (2019-08-21 to 2019-08-25); time zone Europe/Berlin',
    ],
    [
      'democon-pretalx-schedule.json',
      fixture('democon-pretalx-schedule.json'),
      'Summary: 36 sessions kept, 0 skipped; 2 tracks, 2 rooms, 27 speaker profiles; 3 days (2020-12-14 to 2020-12-16); time zone Etc/GMT-1 ' +
        '(the export declares "UTC", which its event dates contradict or the browser does not know)',
    ],
  ])('%s: a summary and no problem', async (name, text, summary) => {
    const { lines, exitCode } = await checkFeed(text, name);
    expect(exitCode).toBe(0);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^${name}: `)), summary, 'OK: the app shows every session in this file.']);
  });

  it('names the shape it read', async () => {
    expect((await checkFeed(BUNDLED, 'a')).lines[0]).toBe('a: read as a native feed (format 1)');
    expect((await checkFeed(fixture('camp2019-frab-schedule.json'), 'b')).lines[0]).toMatch(/^b: a frab\/pretalx schedule.json export/);
  });
});

/** The bundled feed with some conference fields replaced. */
function withConference(fields: Json): string {
  const feed = JSON.parse(BUNDLED) as { conference: Json };
  Object.assign(feed.conference, fields);
  return JSON.stringify(feed);
}

describe('checkFeed on broken copies', () => {
  it('names each broken session of a native feed, by position, id and field, and keeps the rest', async () => {
    const feed = JSON.parse(BUNDLED) as { tracks: Json[]; sessions: Json[] };
    const sessions = feed.sessions;
    const id = (at: number) => String(sessions[at]?.id);
    Object.assign(sessions[2] ?? {}, { start: '2022-04-25 15:00' });
    Object.assign(sessions[4] ?? {}, { end: sessions[4]?.start });
    Object.assign(sessions[6] ?? {}, { track: 'security' });
    Object.assign(sessions[8] ?? {}, { id: id(0) });
    Object.assign(sessions[10] ?? {}, { speakers: [{ affiliation: 'Nobody' }] });
    delete sessions[12]?.title;
    // Decoration only: the app drops it without counting a problem, the track itself stays.
    Object.assign(feed.tracks[0] ?? {}, { color: 'red' });
    const firstTrack = String(feed.tracks[0]?.id);

    const { lines, exitCode } = await checkFeed(JSON.stringify(feed), 'broken.json');
    expect(exitCode).toBe(0);
    expect(lines).toEqual([
      'broken.json: read as a native feed (format 1)',
      `#3 ${id(2)} start: not an RFC 3339 instant`,
      `#5 ${id(4)} end: end is not after start`,
      `#7 ${id(6)} track: unknown track "security"`,
      `#9 ${id(0)} id: duplicate id (the first one is kept)`,
      expect.stringMatching(new RegExp(`^#11 ${id(10)} speakers\\.0\\.name: `)),
      expect.stringMatching(new RegExp(`^#13 ${id(12)} title: `)),
      `note: track #1 ${firstTrack} color "red" is dropped: only #rgb or #rrggbb`,
      'Summary: 59 sessions kept, 6 skipped; 6 tracks, 0 rooms, 86 speaker profiles; 5 days (2022-04-25 to 2022-04-29); time zone UTC',
      'OK with 6 warnings: the app shows this feed and skips each entry or value listed above.',
    ]);
  });

  it('notes a conference URL the app drops', async () => {
    const { lines, exitCode } = await checkFeed(withConference({ url: 'javascript:alert(1)' }), 'x');
    expect(exitCode).toBe(0);
    expect(lines).toContain('note: conference.url "javascript:alert(1)" is dropped: only http(s) URLs are linked');
    expect(lines.at(-1)).toBe('OK: the app shows every session in this file.');
  });

  it('names a broken track and the sessions that used it', async () => {
    const feed = JSON.parse(BUNDLED) as { tracks: Json[]; sessions: Json[] };
    const track = feed.tracks[1] ?? {};
    const users = feed.sessions.filter((session) => session.track === track.id).length;
    track.name = { en: ' ' };
    const { lines } = await checkFeed(JSON.stringify(feed), 'x');
    expect(lines[1]).toBe(`track #2 ${String(track.id)} name: needs text in at least one language`);
    expect(lines.filter((line) => line.includes(`track: unknown track "${String(track.id)}"`))).toHaveLength(users);
  });

  it('names the events of a frab export that cannot be converted', async () => {
    const raw = JSON.parse(fixture('camp2019-frab-schedule.json')) as Json;
    const events = eventsOf(raw);
    Object.assign(events[3] ?? {}, { date: null, start: null });
    Object.assign(events[5] ?? {}, { duration: 'soon' });
    Object.assign(events[7] ?? {}, { guid: null, id: null, slug: null });
    // Converted, then skipped by the parser: still numbered by their place among the export's events.
    Object.assign(events[10] ?? {}, { title: '' });
    Object.assign(events[15] ?? {}, { duration: '00:00' });
    const { lines, exitCode } = await checkFeed(JSON.stringify(raw), 'camp.json');
    expect(exitCode).toBe(0);
    expect(lines.slice(1, 6)).toEqual([
      `#4 ${String(events[3]?.guid)} event.date: no usable date (neither date nor day date + start)`,
      `#6 ${String(events[5]?.guid)} event.duration: no usable duration ("soon")`,
      '#8 - event.guid: no usable id (guid, id or slug)',
      `#11 ${String(events[10]?.guid)} title: needs text in at least one language`,
      `#16 ${String(events[15]?.guid)} end: end is not after start`,
    ]);
    expect(lines[6]).toMatch(/^Summary: 74 sessions kept, 5 skipped; /);
  });

  it.each([
    ['text that is not JSON', '{"format": 1,', /because it is not JSON/],
    ['another format number', JSON.stringify({ ...(JSON.parse(BUNDLED) as Json), format: 2 }), /not a feed the app can read: format: /],
    ['an unknown conference time zone', withConference({ timezone: 'Mars/Olympus' }), /conference\.timezone: unknown IANA time zone/],
    ['a Sessionize export (not read yet)', fixture('sessionize-dddmelbourne-2024.json'), /not a feed the app can read/],
  ])('refuses %s, with exit code 1', async (_name, text, reason) => {
    const { lines, exitCode } = await checkFeed(text, 'f');
    expect(exitCode).toBe(1);
    expect(lines.find((line) => line.startsWith('REFUSED: '))).toMatch(reason);
  });

  it('counts a dropped link or photo as a warning, not a skipped session', async () => {
    const feed = JSON.parse(BUNDLED) as { sessions: Json[]; speakers?: Json[] };
    const first = feed.sessions[0] ?? {};
    Object.assign(first, { links: [{ kind: 'recording', url: 'http://youtu.be/x' }] });
    feed.speakers = [...(feed.speakers ?? []), { id: 'lin', name: 'Lin', photo: [{ url: 'data:image/png;base64,AA', size: 96 }] }];
    const { lines, exitCode } = await checkFeed(JSON.stringify(feed), 'links.json');
    expect(exitCode).toBe(0);
    expect(lines).toContain(`#1 ${String(first.id)} links.0.url: only https: URLs (dropped)`);
    expect(lines).toContain('speaker #87 lin photo.0.url: a relative path or an https: URL (dropped)');
    expect(lines.join('\n')).toMatch(/Summary: 65 sessions kept, 0 skipped; .* 87 speaker profiles; /);
    expect(lines.at(-1)).toBe('OK with 2 warnings: the app shows this feed and skips each entry or value listed above.');
  });

  it('refuses a feed in which no session survives', async () => {
    const feed = JSON.parse(BUNDLED) as { sessions: Json[] };
    for (const session of feed.sessions) session.type = 'party';
    const { lines, exitCode } = await checkFeed(JSON.stringify(feed), 'f');
    expect(exitCode).toBe(1);
    expect(lines).toContain('Summary: 0 sessions kept, 65 skipped; 6 tracks, 0 rooms, 86 speaker profiles; 0 days; time zone UTC');
    expect(lines.at(-1)).toMatch(/^REFUSED: no session would be shown/);
  });

  it('reads a schedule v2 export as v2, not as a frab one with no events', async () => {
    const { lines, exitCode } = await checkFeed(fixture('schedule-v2-hub-38c3.json'), 'hub.json');
    expect(exitCode).toBe(0);
    expect(lines.join('\n')).toMatch(/Summary: 2 sessions kept, 0 skipped/);
  });
});

describe('fieldOf and problemLine', () => {
  it.each([
    ['start: not an RFC 3339 instant', 'start', 'not an RFC 3339 instant'],
    ['speakers.0.name: Invalid length', 'speakers.0.name', 'Invalid length'],
    ['end is not after start', 'end', 'end is not after start'],
    ['unknown room "hall-b"', 'room', 'unknown room "hall-b"'],
    ['duplicate id (the first one is kept)', 'id', 'duplicate id (the first one is kept)'],
    ['Invalid type: Expected Object but received "x"', '-', 'Invalid type: Expected Object but received "x"'],
    ['schedule.json event: event is not an object', 'event', 'event is not an object'],
    ['schedule.json event: days[2].rooms is not an object', '-', 'days[2].rooms is not an object'],
  ])('%s', (reason, path, rest) => {
    expect(fieldOf({ part: 'session', index: 0, reason })).toEqual({ path, reason: rest });
  });

  it('counts from 1 and names tracks and rooms', () => {
    expect(problemLine({ part: 'session', index: 0, reason: 'end is not after start' })).toBe('#1 - end: end is not after start');
    expect(problemLine({ part: 'room', index: 2, id: 'hall', reason: 'duplicate id (the first one is kept)' })).toBe(
      'room #3 hall id: duplicate id (the first one is kept)',
    );
  });
});

describe('npm run validate-feed', () => {
  const cli = fileURLToPath(new URL('./validate-feed.ts', import.meta.url));
  const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
  const run = (...args: string[]) => spawnSync(process.execPath, [tsx, cli, ...args], { encoding: 'utf8' });

  it('prints the lines and exits 1 on a file the app refuses, 2 on one it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-feed-'));
    try {
      const file = join(dir, 'sessions.json');
      // With a byte order mark, which fetch drops too.
      writeFileSync(file, `\uFEFF${JSON.stringify({ format: 1, conference: { id: 'x', name: { en: 'X' } }, sessions: [{ id: 'a' }] })}`);
      const refused = run(file);
      expect(refused.status).toBe(1);
      expect(refused.stdout).toMatch(/^#1 a title: .*\nSummary: 0 sessions kept, 1 skipped; .*\nREFUSED: /m);
      const missing = run(join(dir, 'none.json'));
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/ENOENT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
