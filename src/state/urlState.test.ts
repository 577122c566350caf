import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, parseViewState, serializeViewState, type ViewState } from './urlState.ts';

const id = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
const viewState: fc.Arbitrary<ViewState> = fc.record({
  view: fc.constantFrom('list' as const, 'grid' as const, 'mine' as const, 'speakers' as const),
  day: fc.option(fc.constantFrom('2022-04-25', '2022-04-29', '2024-02-29'), { nil: undefined }),
  session: fc.option(id, { nil: undefined }),
  speaker: fc.option(id, { nil: undefined }),
  lang: fc.option(fc.constantFrom('en' as const, 'zh' as const), { nil: undefined }),
  tz: fc.option(fc.constantFrom('Asia/Shanghai', 'America/Los_Angeles', 'UTC', 'Asia/Kathmandu'), { nil: undefined }),
  q: fc.string({ maxLength: 40 }),
  languages: fc.uniqueArray(fc.constantFrom('en', 'zh', 'pt-BR'), { maxLength: 3 }),
  tracks: fc.uniqueArray(id, { maxLength: 5 }),
  types: fc.uniqueArray(fc.constantFrom('talk', 'keynote', 'case-study'), { maxLength: 3 }),
  favoritesOnly: fc.boolean(),
  recordedOnly: fc.boolean(),
  agenda: fc.uniqueArray(id, { maxLength: 5 }),
});

describe('view state in the URL', () => {
  it('round-trips any view state exactly', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        expect(parseViewState(serializeViewState(state))).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('writes the default view as an empty query', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('writes a filtered view readably', () => {
    const query = serializeViewState({
      ...DEFAULT_VIEW_STATE,
      view: 'grid',
      languages: ['zh'],
      tracks: ['security', 'use-case'],
      q: 'ebpf',
    });
    expect(query).toBe('?view=grid&language=zh&track=security%2Cuse-case&q=ebpf');
  });

  it('ignores unknown keys and malformed values without throwing', () => {
    const state = parseViewState(
      '?utm_source=x&view=table&day=2022-13-45&session=<script>&lang=fr&tz=Mars/Olympus&track=ok,Not OK,,ok&type=talk&fav=yes',
    );
    expect(state).toEqual({ ...DEFAULT_VIEW_STATE, tracks: ['ok'], types: ['talk'] });
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => {
        expect(() => parseViewState(query)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('reads a speaker and the recording chip beside the other state, and drops a speaker id that is not an id', () => {
    expect(parseViewState('?view=speakers&speaker=lin-sun&recording=1&lang=zh&utm=x')).toEqual({
      ...DEFAULT_VIEW_STATE,
      view: 'speakers',
      speaker: 'lin-sun',
      recordedOnly: true,
      lang: 'zh',
    });
    expect(parseViewState('?speaker=Lin%20Sun&recording=yes')).toEqual(DEFAULT_VIEW_STATE);
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, session: 's1', speaker: 'lin-sun', recordedOnly: true })).toBe(
      '?recording=1&session=s1&speaker=lin-sun',
    );
  });

  it('reads a shared agenda, dropping ids that are not ids', () => {
    expect(parseViewState('?agenda=state-istio.zero-trust-istio.BAD.state-istio').agenda).toEqual(['state-istio', 'zero-trust-istio']);
  });

  it('clips long values', () => {
    const state = parseViewState(`?q=${'a'.repeat(5000)}&track=${Array.from({ length: 500 }, (_, i) => `t${i}`).join(',')}`);
    expect(state.q.length).toBeLessThanOrEqual(200);
    expect(state.tracks.length).toBeLessThanOrEqual(50);
  });
});
