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

  it("in the grid, the grid box's offsets instead of a card", () => {
    const place = { y: 40, grid: { top: 900, left: 300 } };
    expect(placeIn(withPlace(null, place))).toEqual(place);
    // Malformed offsets leave the page's own.
    for (const grid of [null, 'x', { top: 900 }, { top: -1, left: 0 }, { top: 1, left: NaN }, { top: '9', left: 0 }]) {
      expect(placeIn({ place: { y: 40, grid } })).toEqual({ y: 40 });
    }
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
