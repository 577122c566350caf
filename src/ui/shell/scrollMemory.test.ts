// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { placeIn, withPlace } from './scrollMemory.ts';

describe('the place kept in a history entry', () => {
  it('goes in beside whatever the state holds, and comes back out', () => {
    const state = withPlace({ other: 1 }, { y: 6000, id: 'state-istio', top: 240 });
    expect(state).toEqual({ other: 1, place: { y: 6000, id: 'state-istio', top: 240 } });
    expect(placeIn(state)).toEqual({ y: 6000, id: 'state-istio', top: 240 });
    expect(placeIn(withPlace(null, { y: 300 }))).toEqual({ y: 300 });
  });

  it('the offset alone when the card is not named in full', () => {
    expect(placeIn({ place: { y: 300, id: 'x' } })).toEqual({ y: 300 });
    expect(placeIn({ place: { y: 300, top: 10 } })).toEqual({ y: 300 });
  });

  it('none for a state without one, or with anything malformed', () => {
    for (const state of [
      null,
      undefined,
      'text',
      7,
      [1],
      {},
      { place: null },
      { place: 'x' },
      { place: { y: '600' } },
      { place: { y: -5 } },
      { place: { y: Infinity } },
    ]) {
      expect(placeIn(state)).toBeUndefined();
    }
  });
});
