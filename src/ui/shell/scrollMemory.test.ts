// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { placeToRestore } from './scrollMemory.ts';

const saved = JSON.stringify({ y: 6000, id: 'state-istio', top: 240 });

describe('placeToRestore', () => {
  it('gives back the card and offset on a reload and on a return through history', () => {
    expect(placeToRestore(saved, 'reload')).toEqual({ y: 6000, id: 'state-istio', top: 240 });
    expect(placeToRestore(saved, 'back_forward')).toEqual({ y: 6000, id: 'state-istio', top: 240 });
  });

  it('a new visit starts at the top, whatever was saved', () => {
    expect(placeToRestore(saved, 'navigate')).toBeUndefined();
    expect(placeToRestore(saved, undefined)).toBeUndefined();
  });

  it('the offset alone when no card was in sight', () => {
    expect(placeToRestore(JSON.stringify({ y: 300 }), 'reload')).toEqual({ y: 300 });
    expect(placeToRestore(JSON.stringify({ y: 300, id: 'x' }), 'reload')).toEqual({ y: 300 });
  });

  it('nothing for the top of the page, nothing saved or anything malformed', () => {
    for (const text of [null, undefined, '', '0', '{"y":0}', '{"y":-5}', 'not json', 'null', '[1]', '{"y":"600"}', '{"y":1e999}']) {
      expect(placeToRestore(text, 'reload')).toBeUndefined();
    }
  });
});
