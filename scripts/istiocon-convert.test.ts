import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/feed/parse.ts';
import {
  buildFeed,
  buildTracks,
  convertSessionFile,
  convertSpeakerFile,
  photoPath,
  serializeFeed,
  sessionLinks,
  splitAbstract,
  splitBio,
  splitTitle,
  type NativeSession,
} from './istiocon-convert.ts';
import { ENGLISH_TITLES, SLUG_IDS } from './istiocon-translations.ts';
import { readSpeakerSeeds } from './build-feed.ts';

const SEEDS = fileURLToPath(new URL('../data/istiocon-2022/sessions/', import.meta.url));
const SEED_ROOT = fileURLToPath(new URL('../data/istiocon-2022/', import.meta.url));
const PUBLIC = fileURLToPath(new URL('../public/', import.meta.url));
const COMMITTED = join(PUBLIC, 'sessions.json');

interface Fields {
  title?: string;
  url?: string;
  speakers?: string;
  start?: string;
  end?: string;
  type?: string;
  track?: string;
  slug?: string;
  language?: string;
  extra?: string;
}

/** A session file shaped like the seeds (YAML front matter + Markdown body). */
function sessionFile(fields: Fields, body: string): string {
  return [
    '---',
    'id: x1',
    `title: ${fields.title ?? '"A talk"'}`,
    `url: ${fields.url ?? '/sessions/a-talk'}`,
    'speakers:',
    fields.speakers ?? ' - Lin Sun',
    `time_start: ${fields.start ?? '2022-04-25T16:00:00.000Z'}`,
    `time_end: ${fields.end ?? '2022-04-25T16:35:00.000Z'}`,
    `session_type: ${fields.type ?? 'Presentation'}`,
    `track: ${fields.track ?? 'Use case'}`,
    `track_slug: ${fields.slug ?? 'use-case'}`,
    `language: ${fields.language ?? 'English'}`,
    'block: a',
    'slot: 2',
    ...(fields.extra === undefined ? [] : [fields.extra]),
    '---',
    '',
    body,
  ].join('\n');
}

function convert(fields: Fields, body = 'An abstract.'): NativeSession {
  const session = convertSessionFile('test.md', sessionFile(fields, body));
  if (session === null) throw new Error('unexpected draft');
  return session;
}

describe('titles', () => {
  it('splits a bilingual title with full-width parentheses', () => {
    expect(splitTitle('Istio Open Source Ecosystem Outlook From China（Istio 开源生态展望）')).toEqual({
      en: 'Istio Open Source Ecosystem Outlook From China',
      zh: 'Istio 开源生态展望',
    });
  });

  it('splits a bilingual title with ASCII parentheses and no space', () => {
    expect(splitTitle('Tencent Music’s service mesh practice with Istio and Aeraki(Istio + Aeraki 在腾讯音乐的服务网格落地)')).toEqual({
      en: 'Tencent Music’s service mesh practice with Istio and Aeraki',
      zh: 'Istio + Aeraki 在腾讯音乐的服务网格落地',
    });
  });

  it('keeps an English parenthesis in an English title', () => {
    expect(splitTitle('Istio Today and Tomorrow - 5 Important Things (presented by Solo.io)')).toEqual({
      en: 'Istio Today and Tomorrow - 5 Important Things (presented by Solo.io)',
    });
  });

  it('keeps a Chinese-only title in zh and adds the English title written for it', () => {
    const session = convert({ title: 'istio推送的性能优化经验', url: '/sessions/istio推送的性能优化经验', language: 'Chinese' });
    expect(session.title).toEqual({ zh: 'istio推送的性能优化经验', en: 'Lessons learned optimizing Istio push performance' });
    expect(session.id).toBe('istio-push-performance-optimization');
    expect(session.language).toBe('zh');
  });

  it('refuses a Chinese-only title that has no English title', () => {
    expect(() => convert({ title: '服务网格的未来' })).toThrow(/test\.md: .*Chinese only/);
  });

  it('refuses a slug that is not [a-z0-9-]+', () => {
    expect(() => convert({ url: '/sessions/服务网格' })).toThrow(/test\.md: url slug/);
    expect(() => convert({ url: '/sessions/Upper_Case' })).toThrow(/test\.md: url slug/);
  });
});

describe('abstracts', () => {
  it('splits English then Chinese, with space-only lines as paragraph breaks', () => {
    const body = 'This panel focuses on Istio in China.\n \n本次圆桌会议聚焦于Istio在中国的开源生态。\n';
    expect(splitAbstract(body)).toEqual({
      en: 'This panel focuses on Istio in China.',
      zh: '本次圆桌会议聚焦于Istio在中国的开源生态。',
    });
  });

  it('keeps unseparated Chinese lines together and gives trailing non-Chinese paragraphs to both', () => {
    const body = [
      'This session will introduce the practice. Including:',
      ' ',
      ' * How to extend Istio ',
      ' ',
      ' ',
      ' 本场分享将介绍服务网格落地实践，主要包含下述内容：',
      ' * 如何利用 Aeraki 来扩展 Istio',
      ' ',
      '等等',
      ' ',
      'References:',
      ' - Aeraki: https://aeraki.net  ',
    ].join('\n');
    expect(splitAbstract(body)).toEqual({
      en: 'This session will introduce the practice. Including:\n\n* How to extend Istio\n\nReferences:\n- Aeraki: https://aeraki.net',
      zh: '本场分享将介绍服务网格落地实践，主要包含下述内容：\n* 如何利用 Aeraki 来扩展 Istio\n\n等等\n\nReferences:\n- Aeraki: https://aeraki.net',
    });
  });

  it('gives an all-Chinese abstract only zh and an English one only en', () => {
    expect(splitAbstract('介绍istio中的推送流程。\n \n 分享相关优化经验。')).toEqual({
      zh: '介绍istio中的推送流程。\n\n分享相关优化经验。',
    });
    expect(splitAbstract('\n\nOne.\n\n\n\nTwo.\n')).toEqual({ en: 'One.\n\nTwo.' });
    expect(splitAbstract(' \n \n')).toBeUndefined();
  });

  it('drops lines that are only an HTML element and keeps Markdown lists as text', () => {
    const body = [
      '<div class="theme-btn btn-style-one text-white px-3 mb-2" target="_blank" href="#">Registration for this workshop has closed</div>',
      '',
      'This workshop consists of a series of labs.',
      ' ',
      'Prerequisites:',
      ' - Basic understanding of Kubernetes.',
      ' 1. Install Istio',
      '',
      '<a class="theme-btn" target="_blank" href="https://example.com/register">Register for this workshop</a>',
      '',
    ].join('\n');
    const session = convert({ type: 'Workshop', track: 'Getting started', slug: 'getting-started' }, body);
    expect(session.type).toBe('workshop');
    expect(session.abstract).toEqual({
      en: 'This workshop consists of a series of labs.\n\nPrerequisites:\n- Basic understanding of Kubernetes.\n1. Install Istio',
    });
  });

  it('writes a Markdown link as plain text and refuses HTML inside text', () => {
    expect(splitAbstract('The [Gateway API](http://gateway-api.org/) within Istio.')).toEqual({
      en: 'The Gateway API (http://gateway-api.org/) within Istio.',
    });
    expect(() => convert({}, 'Some <b>bold</b> text.')).toThrow(/test\.md: abstract has HTML/);
  });
});

describe('session files', () => {
  it('converts the fields to a native session', () => {
    expect(
      convert({ title: 'Running Istio at Scale', url: '/sessions/running-istio-scale', speakers: ' - Lucas Copi\n - Rafael Polanco' }),
    ).toEqual({
      id: 'running-istio-scale',
      title: { en: 'Running Istio at Scale' },
      start: '2022-04-25T16:00:00Z',
      end: '2022-04-25T16:35:00Z',
      type: 'talk',
      track: 'use-case',
      language: 'en',
      speakers: [{ name: 'Lucas Copi' }, { name: 'Rafael Polanco' }],
      abstract: { en: 'An abstract.' },
    });
  });

  it('skips a draft', () => {
    expect(convertSessionFile('g5.md', sessionFile({ extra: 'draft: true' }, 'Wrap-up.'))).toBeNull();
    expect(convertSessionFile('a2.md', sessionFile({ extra: 'draft: false' }, 'Talk.'))).not.toBeNull();
    expect(() => convertSessionFile('x.md', sessionFile({ extra: 'draft: maybe' }, 'Talk.'))).toThrow(/x\.md: draft/);
  });

  it('makes a session without a track (a sponsor message) a sponsor session with no track', () => {
    const session = convert({ title: 'Why did we build Anthos?', url: '/sessions/google-message', speakers: '', track: '', slug: '' });
    expect(session.type).toBe('sponsor');
    expect(session).not.toHaveProperty('track');
    expect(session.speakers).toEqual([]);
  });

  it('maps session types', () => {
    const type = (fields: Fields) => convert(fields).type;
    expect(type({ type: 'Presentation' })).toBe('talk');
    expect(type({ type: 'Presentation', track: 'Keynote', slug: 'keynote' })).toBe('keynote');
    expect(type({ type: 'Lightning talk' })).toBe('lightning');
    expect(type({ type: 'Panel' })).toBe('panel');
    expect(type({ type: 'Workshop' })).toBe('workshop');
    expect(type({ type: 'listening', track: 'listening session', slug: 'listening' })).toBe('panel');
    // c8: empty session_type and track, leftover track_slug.
    const social = convert({ title: '"Networking event: Space Escape Room"', type: '', track: '', slug: 'tools-features-functionality' });
    expect(social.type).toBe('social');
    expect(social).not.toHaveProperty('track');
    expect(() => convert({ type: '' })).toThrow(/test\.md: session_type is empty/);
    expect(() => convert({ type: 'Fireside chat' })).toThrow(/test\.md: unknown session_type/);
  });

  it('refuses unknown tracks, mismatched tracks and unknown languages', () => {
    expect(() => convert({ track: 'Security', slug: 'security' })).toThrow(/test\.md: unknown track_slug/);
    expect(() => convert({ track: 'Keynote', slug: 'use-case' })).toThrow(/test\.md: track "Keynote" does not match/);
    expect(() => convert({ language: 'Spanish' })).toThrow(/test\.md: language/);
  });

  it('throws, naming the file, for a broken time', () => {
    expect(() => convertSessionFile('c9.md', sessionFile({ start: '2022-04-31T25:00:00.000Z' }, 'x'))).toThrow(/^c9\.md: time_start/);
    expect(() => convertSessionFile('c9.md', sessionFile({ end: 'tomorrow' }, 'x'))).toThrow(/^c9\.md: time_end/);
    expect(() => convertSessionFile('c9.md', sessionFile({ start: '2022-04-25T16:00:00+08:00' }, 'x'))).toThrow(/^c9\.md: time_start/);
    expect(() => convertSessionFile('c9.md', sessionFile({ end: '2022-04-25T15:00:00.000Z' }, 'x'))).toThrow(
      /^c9\.md: time_end .* is not after/,
    );
  });

  it('reads quirky front matter: duplicate keys, unquoted titles, blank speakers', () => {
    const text = sessionFile(
      {
        title: 'Istio Today and Tomorrow - 5 Important Things (presented by Solo.io)',
        speakers: '',
        extra: 'slides: \nvideo: https://youtu.be/x\nslides: b1b.pdf\n',
      },
      'Body.',
    );
    expect(convertSessionFile('b1b.md', text)?.speakers).toEqual([]);
    // The last `slides:` wins.
    expect(convertSessionFile('b1b.md', text)?.links?.at(-1)?.url).toMatch(/\/b1b\.pdf$/);
    expect(() => convertSessionFile('bad.md', 'id: x\n---\nBody')).toThrow(/^bad\.md: does not start/);
    expect(() => convertSessionFile('bad.md', '---\ntitle: [unclosed\n---\nBody')).toThrow(/^bad\.md: front matter is not valid YAML/);
  });

  it('gives every track a Chinese name and a distinct colour readable under white text', () => {
    const tracks = buildTracks();
    expect(tracks.map((track) => track.id)).toEqual([
      'keynote',
      'getting-started',
      'use-case',
      'tools-features-functionality',
      'infrastructure-networking',
      'tech-evolution-whats-next',
      'listening',
    ]);
    const luminance = (hex: string) => {
      const [r = 0, g = 0, b = 0] = [1, 3, 5]
        .map((at) => parseInt(hex.slice(at, at + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const track of tracks) {
      expect(track.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(track.name.zh).toMatch(/\p{Script=Han}/u);
      expect(1.05 / (luminance(track.color) + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
    expect(new Set(tracks.map((track) => track.color)).size).toBe(tracks.length);
  });
});

describe('links', () => {
  it("makes a recording of `video` and a deck under the site's slides folder of `slides`", () => {
    expect(sessionLinks('https://youtu.be/6hWDlYSujLo', 'a1-welcome.pdf')).toEqual([
      { kind: 'recording', url: 'https://youtu.be/6hWDlYSujLo' },
      { kind: 'slides', url: 'https://events.istio.io/istiocon-2022/slides/a1-welcome.pdf' },
    ]);
    expect(sessionLinks('', 'd3 deck')).toEqual([{ kind: 'slides', url: 'https://events.istio.io/istiocon-2022/slides/d3%20deck' }]);
    expect(sessionLinks('', '')).toEqual([]);
  });

  it('keeps a deck given as a full https: URL and refuses anything but https:', () => {
    expect(sessionLinks('', 'https://docs.google.com/presentation/d/e/x/pub')).toEqual([
      { kind: 'slides', url: 'https://docs.google.com/presentation/d/e/x/pub' },
    ]);
    expect(() => sessionLinks('http://youtu.be/x', '')).toThrow(/video must be an https: URL/);
    expect(() => sessionLinks('', 'javascript:alert(1)')).toThrow(/slides/);
  });

  it('writes the links last and leaves them out when there are none', () => {
    const session = convert({ extra: 'video: https://youtu.be/x\nslides: b1.pdf' });
    expect(Object.keys(session).at(-1)).toBe('links');
    expect(session.links?.map((link) => link.kind)).toEqual(['recording', 'slides']);
    expect(convert({ extra: 'video:\nslides: ""' })).not.toHaveProperty('links');
  });
});

describe('speaker files', () => {
  const speakerFile = (front: string, body: string) => `---\n${front}\n---\n\n${body}`;

  it('converts name, role, links and bio, and names the photo', () => {
    const text = speakerFile(
      [
        'title: "Aaron Teague"',
        'designation: "Cloud Engineer"',
        'image : /images/speakers/aaron-teague.jpg',
        'twitter: ""',
        'linkedin: "http://www.linkedin.com/in/aaronteague"',
        'github: https://github.com/aaron',
      ].join('\n'),
      'Aaron is a Cloud Engineer.\n \nHe mentors others.',
    );
    expect(convertSpeakerFile('aaron-teague.md', text)).toEqual({
      profile: {
        id: 'aaron-teague',
        name: 'Aaron Teague',
        role: 'Cloud Engineer',
        bio: { en: 'Aaron is a Cloud Engineer.\n\nHe mentors others.' },
        links: [
          { url: 'https://www.linkedin.com/in/aaronteague', label: 'LinkedIn' },
          { url: 'https://github.com/aaron', label: 'GitHub' },
        ],
      },
      image: 'aaron-teague.jpg',
    });
  });

  it('takes the id of a file named in Chinese from its image, and refuses a file with neither', () => {
    const text = speakerFile('title: "阳 唐"\nimage: /images/speakers/yang-tang.jpg', '知乎工程师。');
    expect(convertSpeakerFile('阳-唐.md', text).profile).toMatchObject({ id: 'yang-tang', name: '阳 唐', bio: { zh: '知乎工程师。' } });
    expect(() => convertSpeakerFile('阳-唐.md', speakerFile('title: "阳 唐"', ''))).toThrow(/阳-唐\.md: .*id/);
    expect(() => convertSpeakerFile('x.md', speakerFile('title: ""', ''))).toThrow(/x\.md: title/);
    expect(() => convertSpeakerFile('x.md', speakerFile('title: X\ntwitter: "@x"', ''))).toThrow(/x\.md: twitter/);
  });

  it('tells an English bio that names a Chinese book from a Chinese one, and splits a bio written in both', () => {
    expect(splitBio('He wrote “Cloud Native Service Mesh Istio” (《云原生服务网格 Istio：原理与实践》) and speaks often.')).toEqual({
      en: 'He wrote “Cloud Native Service Mesh Istio” (《云原生服务网格 Istio：原理与实践》) and speaks often.',
    });
    expect(splitBio('网易数帆资深架构师，负责轻舟 Service Mesh，有较丰富的istio管理维护经验。')).toEqual({
      zh: '网易数帆资深架构师，负责轻舟 Service Mesh，有较丰富的istio管理维护经验。',
    });
    expect(splitBio('Senior engineer from Tencent Music.\n \n来自腾讯音乐的高级工程师。')).toEqual({
      en: 'Senior engineer from Tencent Music.',
      zh: '来自腾讯音乐的高级工程师。',
    });
    expect(splitBio(' \n')).toBeUndefined();
  });

  it("gives each profile two renditions named by the original's hash, and each session speaker the profile's id", () => {
    const session = sessionFile({ speakers: ' - Lin Sun\n - Someone Else' }, 'Talk.');
    const lin = { name: 'lin-sun.md', text: speakerFile('title: Lin Sun\nimage: /images/speakers/lin.jpg', 'Bio.') };
    const { feed, unmatched } = buildFeed([{ name: 'a1.md', text: session }], {
      files: [lin],
      imageHashes: new Map([['lin.jpg', 'abc123']]),
    });
    expect(feed.speakers[0]?.photo).toEqual([
      { url: 'speakers/lin-sun-96.abc123.webp', size: 96 },
      { url: 'speakers/lin-sun-192.abc123.webp', size: 192 },
    ]);
    expect(feed.sessions[0]?.speakers).toEqual([{ name: 'Lin Sun', id: 'lin-sun' }, { name: 'Someone Else' }]);
    expect(unmatched).toEqual(['a1.md: Someone Else']);
    expect(photoPath('x', 96, 'h')).toBe('speakers/x-96.h.webp');
  });

  it('refuses a profile whose image is missing, naming the file', () => {
    const lin = { name: 'lin-sun.md', text: speakerFile('title: Lin Sun\nimage: /images/speakers/lin.jpg', 'Bio.') };
    expect(() => buildFeed([], { files: [lin], imageHashes: new Map() })).toThrow(/lin-sun\.md: image "lin\.jpg" is not in speaker-images/);
  });
});

describe('the IstioCon 2022 seed folder', () => {
  const names = readdirSync(SEEDS)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const files = names.map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8') }));
  const { feed, drafts, unmatched } = buildFeed(files, readSpeakerSeeds(SEED_ROOT));

  it('converts 71 files minus 6 drafts to 65 sessions with unique ids', () => {
    expect(files).toHaveLength(71);
    expect(drafts).toEqual(['c4l.md', 'c8.md', 'd4l.md', 'f4l.md', 'g5-wrapup.md', 'g5.md']);
    expect(feed.sessions).toHaveLength(65);
    expect(new Set(feed.sessions.map((session) => session.id)).size).toBe(65);
    expect(feed.tracks.map((track) => track.id)).not.toContain('listening');
    expect(feed.sessions.filter((session) => session.type === 'sponsor').map((session) => session.id)).toEqual([
      'tetrate',
      'istio-today',
      'redhat-loves-istio',
      'google-message',
    ]);
  });

  it('passes the app parser with zero problems', () => {
    const result = parseFeed(JSON.parse(serializeFeed(feed)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.problems).toEqual([]);
    expect(result.schedule.sessions).toHaveLength(65);
  });

  it('uses every written English title and slug id', () => {
    const titles = new Set(feed.sessions.map((session) => session.title.zh));
    const ids = new Set(feed.sessions.map((session) => session.id));
    for (const title of Object.keys(ENGLISH_TITLES)) expect(titles).toContain(title);
    for (const id of Object.values(SLUG_IDS)) expect(ids).toContain(id);
  });

  it('carries 59 recordings, 47 slide decks and all 86 speaker files, each with a photo', () => {
    const withKind = (kind: string) => feed.sessions.filter((session) => session.links?.some((link) => link.kind === kind));
    expect(withKind('recording')).toHaveLength(59);
    expect(withKind('slides')).toHaveLength(47);
    const decks = withKind('slides').map((session) => session.links?.find((link) => link.kind === 'slides')?.url ?? '');
    expect(decks.filter((url) => url.startsWith('https://events.istio.io/istiocon-2022/slides/'))).toHaveLength(46);
    expect(feed.speakers).toHaveLength(86);
    expect(feed.speakers.filter((speaker) => speaker.photo.length === 2)).toHaveLength(86);
    expect(feed.speakers.filter((speaker) => speaker.bio?.zh !== undefined).map((speaker) => speaker.id)).toEqual([
      'chengqiang-wang',
      'yonka-fang',
      'yuan-ke-wei',
    ]);
  });

  it('points every session speaker to a profile by id', () => {
    expect(unmatched).toEqual([]);
    const named = feed.sessions.flatMap((session) => session.speakers);
    expect(named.every((speaker) => speaker.id !== undefined)).toBe(true);
    // The 86th speaks only in a draft session; the feed keeps every speaker file all the same.
    expect(new Set(named.map((speaker) => speaker.id)).size).toBe(85);
  });

  it('ships exactly the renditions the feed names, each a few KB, never an original', () => {
    const named = feed.speakers.flatMap((speaker) => speaker.photo.map((photo) => photo.url.replace('speakers/', '')));
    expect(readdirSync(join(PUBLIC, 'speakers')).sort()).toEqual([...named].sort());
    for (const name of named) {
      const bytes = statSync(join(PUBLIC, 'speakers', name)).size;
      expect(bytes).toBeGreaterThan(200);
      expect(bytes).toBeLessThan(16 * 1024);
      expect(
        readFileSync(join(PUBLIC, 'speakers', name))
          .subarray(8, 12)
          .toString('latin1'),
      ).toBe('WEBP');
    }
    expect(existsSync(join(PUBLIC, 'speaker-images'))).toBe(false);
  });

  it('matches the committed public/sessions.json (run `npm run feed` after changing the script)', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(serializeFeed(feed));
  });
});
