import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { facetOptions } from './facetOptions.ts';
import { makeSchedule } from '../../schedule/testSchedule.ts';

const t = ((key: string) => key) as unknown as TFunction;
const display = { language: 'en', locale: 'en', timeZone: 'UTC', t } as const;

describe('facetOptions', () => {
  it('offers a chip for each language the filters can match: extras included, "not stated" left out', () => {
    const schedule = makeSchedule([
      { id: 'both', language: 'de', tags: ['lang:en'] },
      { id: 'unstated', language: 'und' },
      { id: 'chinese', language: 'zh', type: 'workshop' },
    ]);
    const options = facetOptions(schedule, display, t);
    expect(options.languages.map((option) => option.value)).toEqual(['de', 'en', 'zh']);
    expect(options.types.map((option) => option.value)).toEqual(['talk', 'workshop']);
  });
});
