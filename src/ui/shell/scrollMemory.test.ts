// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
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

describe("Back to a grid day restores the box's offsets", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('again once the box holds that day, when it still held a shorter one at first', async () => {
    // Each observer's callback, called (as a browser would) only while it observes something.
    const observers: { callback: () => void; observed: number }[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        own: { callback: () => void; observed: number };
        constructor(callback: () => void) {
          this.own = { callback, observed: 0 };
          observers.push(this.own);
        }
        observe() {
          this.own.observed += 1;
        }
        disconnect() {
          this.own.observed = 0;
        }
      },
    );
    const resize = () => observers.filter(({ observed }) => observed > 0).forEach(({ callback }) => callback());
    document.body.innerHTML = '<main><div class="grid-scroll"><div class="grid"></div></div></main>';
    const box = document.querySelector('.grid-scroll') as HTMLElement;
    // The day being left: 1,066 px of grid in a 575 px box, so 491 px at most.
    let contentHeight = 1066;
    let offsets = { top: 0, left: 0 };
    Object.defineProperties(box, {
      clientHeight: { get: () => 575 },
      scrollHeight: { get: () => contentHeight },
      clientWidth: { get: () => 334 },
      scrollWidth: { get: () => 764 },
      scrollTop: { get: () => offsets.top },
      scrollLeft: { get: () => offsets.left },
    });
    box.scrollTo = ((left: number, top: number) => {
      offsets = { top: Math.min(top, contentHeight - 575), left: Math.min(left, 764 - 334) };
    }) as HTMLElement['scrollTo'];
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    await import('./scrollMemory.ts');

    window.dispatchEvent(new PopStateEvent('popstate', { state: withPlace(null, { y: 0, grid: { top: 900, left: 300 } }) }));
    expect(offsets).toEqual({ top: 491, left: 300 });

    // The app draws the day come back to: 3,586 px.
    contentHeight = 3586;
    resize();
    expect(offsets).toEqual({ top: 900, left: 300 });
  });
});
