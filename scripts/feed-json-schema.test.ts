import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { frabToNative } from '../src/feed/import/frab.ts';
import { parseFeed } from '../src/feed/parse.ts';
import { caseInsensitivePattern, describedJsonSchema, feedJsonSchema, feedJsonSchemaText } from './feed-json-schema.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

// ajv's defaults (strict mode on), as an organiser's tool would most likely use it.
const validate = new Ajv({ allErrors: true }).compile(feedJsonSchema());

const session = (overrides: Record<string, unknown> = {}) => ({
  id: 'state-of-istio',
  title: { en: 'State of Istio' },
  start: '2022-04-25T15:00:00Z',
  end: '2022-04-25T15:30:00Z',
  type: 'keynote',
  language: 'en',
  ...overrides,
});

const feed = (sessions: unknown[], extra: Record<string, unknown> = {}) => ({
  format: 1,
  conference: { id: 'demo', name: { en: 'Demo' } },
  tracks: [{ id: 'community', name: { en: 'Community' }, color: '#ABC' }],
  sessions,
  ...extra,
});

describe('docs/feed.schema.json', () => {
  it('is what `npm run feed-schema` writes from src/feed/schema.ts', () => {
    expect(read('../docs/feed.schema.json')).toBe(feedJsonSchemaText());
  });

  it('accepts the bundled feed and the frab/pretalx fixtures as the app converts them', () => {
    expect(validate(JSON.parse(read('../public/sessions.json')))).toBe(true);
    for (const name of ['camp2019-frab-schedule.json', 'democon-pretalx-schedule.json']) {
      const { feed: converted } = frabToNative(JSON.parse(read(`../src/feed/fixtures/${name}`)));
      expect(validate(converted), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('accepts what the app accepts: lowercase t and z, upper-case colours, unknown fields', () => {
    const raw = feed([session({ start: '2022-04-25t15:00:00z', track: 'community', video: 'x' })], { future: true });
    expect(parseFeed(raw)).toMatchObject({ ok: true, problems: [] });
    expect(validate(raw), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['a bad id', { id: 'Has Spaces' }],
    ['a local time without offset', { start: '2022-04-25T15:00:00' }],
    ['an unknown type', { type: 'party' }],
    ['a title that is not an object', { title: 'State' }],
    ['a title with no language', { title: {} }],
    ['a bad language', { language: 'English' }],
    ['speakers of the wrong shape', { speakers: ['Lin'] }],
    ['no end', { end: undefined }],
  ])('refuses a session the app skips: %s', (_name, overrides) => {
    const raw = feed([session(overrides)]);
    const parsed = parseFeed(raw);
    expect(parsed.ok && parsed.problems).toHaveLength(1);
    expect(validate(raw)).toBe(false);
  });

  it('accepts the example in docs/feed-format.md, and so does the app, without a problem', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(read('../docs/feed-format.md'))?.[1];
    expect(example).toBeDefined();
    const raw: unknown = JSON.parse(example ?? '');
    const parsed = parseFeed(raw);
    expect(parsed).toMatchObject({ ok: true, problems: [] });
    expect(parsed.ok && parsed.schedule.sessions).toHaveLength(2);
    expect(validate(raw), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses what the app refuses as a whole', () => {
    expect(validate(feed([], { format: 2 }))).toBe(false);
    expect(validate({ format: 1, conference: { id: 'x', name: { en: 'X' } } })).toBe(false);
  });

  it('describes the rules it cannot check', () => {
    const text = feedJsonSchemaText();
    expect(text).toMatch(/`end` must be after `start`/);
    expect(text).toMatch(/IANA time zone/);
    expect(text).toMatch(/real calendar date/);
    expect(text).toMatch(/not blank/);
  });

  it('throws on a check it has no words for, so a new rule gets described', () => {
    expect(() =>
      describedJsonSchema(
        v.pipe(
          v.string(),
          v.check((text) => text !== 'x', 'no x'),
        ),
      ),
    ).toThrow(/describe the check "no x"/);
  });
});

describe('caseInsensitivePattern', () => {
  const samples = ['#abc', '#ABC', '#aBc123', '#abg', 'T', 't', 'Z', 'z', '2022-04-25t15:00Z', 'a-f', 'G', '^'];

  it.each([
    '^#(?:[0-9a-f]{3}|[0-9a-f]{6})$',
    '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$',
    '^[^a-c]$',
    '^[A-Fz]+$',
  ])('matches what the /i regex %s matches', (source) => {
    const folded = new RegExp(caseInsensitivePattern(source), 'u');
    const original = new RegExp(source, 'iu');
    for (const sample of samples) expect(folded.test(sample), sample).toBe(original.test(sample));
  });

  it('keeps escapes and refuses syntax it does not handle', () => {
    expect(caseInsensitivePattern('\\d\\.a')).toBe('\\d\\.[aA]');
    expect(() => caseInsensitivePattern('\\u00e9')).toThrow();
    expect(() => caseInsensitivePattern('(?<name>a)')).toThrow();
    expect(() => caseInsensitivePattern('[\\w]')).toThrow();
  });
});
