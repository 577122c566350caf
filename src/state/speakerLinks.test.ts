// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { deepLinks, speakerHref } from './speakerLinks.ts';
import { parseViewState, serializeViewState } from './urlState.ts';

describe('deep links of the Speakers view', () => {
  it('write the same canonical URL as serializeViewState, replacing an open session or speaker', () => {
    for (const query of [
      '',
      '?view=speakers&q=lin%20sun&lang=zh',
      '?view=grid&day=2022-04-25&session=s1',
      '?speaker=x&recording=1&agenda=a.b',
    ]) {
      window.history.replaceState(null, '', `/${query}`);
      const current = parseViewState(window.location.search);
      const links = deepLinks();
      expect(links.session('state-istio')).toBe(serializeViewState({ ...current, session: 'state-istio', speaker: undefined }));
      expect(links.speaker('lin-sun')).toBe(serializeViewState({ ...current, speaker: 'lin-sun', session: undefined }));
      expect(speakerHref('lin-sun')).toBe(links.speaker('lin-sun'));
    }
  });
});
