// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepLink, sessionHref } from './links.ts';
import { speakerHref } from './speakerLinks.ts';
import { parseViewState, serializeViewState } from './urlState.ts';

/** What a deep link must be: the current view, re-serialised with this session or speaker and without the other. */
function expected(key: 'session' | 'speaker', id: string): string {
  const current = parseViewState(window.location.search);
  const other = key === 'session' ? 'speaker' : 'session';
  return serializeViewState({ ...current, [key]: id, [other]: undefined }) || '?';
}

const KEYS = [
  'view',
  'day',
  'language',
  'track',
  'type',
  'q',
  'fav',
  'recording',
  'tz',
  'lang',
  'agenda',
  'session',
  'speaker',
  'utm_source',
];
const VALUES = [
  'grid',
  'speakers',
  'mine',
  '2022-04-25',
  'en,zh',
  'zh',
  'security',
  'talk',
  'lin sun',
  '1',
  'Asia/Shanghai',
  'a.b',
  's1',
  '',
];
const query = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 12 }))), { maxLength: 6 })
  .map((pairs) => `?${new URLSearchParams(pairs)}`);
const id = fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,20}$/), fc.string({ minLength: 1, maxLength: 12 }));

describe('deep links to a session or a speaker', () => {
  it('write the URL serializeViewState writes, for any current query and any id', () => {
    fc.assert(
      fc.property(query, id, (search, sessionOrSpeaker) => {
        window.history.replaceState(null, '', `/${search}`);
        expect(sessionHref(sessionOrSpeaker)).toBe(expected('session', sessionOrSpeaker));
        expect(speakerHref(sessionOrSpeaker)).toBe(expected('speaker', sessionOrSpeaker));
      }),
    );
  });

  it('follow the address when it changes: the view is read again, not kept from the first link', () => {
    window.history.replaceState(null, '', '/?view=grid&language=zh');
    expect(deepLink('session', 's1')).toBe('?view=grid&language=zh&session=s1');
    window.history.replaceState(null, '', '/?speaker=lin-sun');
    expect(deepLink('session', 's1')).toBe('?session=s1');
    window.history.replaceState(null, '', '/');
    expect(deepLink('speaker', 'lin sun')).toBe('?speaker=lin+sun');
  });
});
