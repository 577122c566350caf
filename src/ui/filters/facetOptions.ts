// The options of each facet, labelled for this viewer, in a stable order.
import type { TFunction } from 'i18next';
import { knownFacetValues, type Facet } from '../../schedule/filter.ts';
import { languageName } from '../../schedule/languageName.ts';
import { pickText } from '../../schedule/localize.ts';
import type { ChipOption } from './ChipGroup.tsx';
import type { Display } from '../shell/display.ts';
import { type Schedule, SESSION_TYPES } from '../../model/schedule.ts';

/** Each facet's chips, labelled for this viewer. */
export type FacetOptions = Record<Facet, ChipOption[]>;

export function facetOptions(schedule: Schedule, display: Display, t: TFunction): FacetOptions {
  // The values the filters file sessions under (schedule/filter.ts), so every
  // chip can match: a language given only as an extra ("de, en") has one, an
  // unstated language ("und") has none.
  const known = knownFacetValues(schedule);
  const languages = [...known.languages].sort();
  const types = SESSION_TYPES.filter((type) => known.types.has(type));
  return {
    languages: languages.map((code) => ({ value: code, label: languageName(code, display.locale) })),
    tracks: schedule.tracks.map((track) => {
      const name = pickText(track.name, display.language);
      return { value: track.id, label: name.text, lang: name.lang, color: track.color };
    }),
    types: types.map((type) => ({ value: type, label: t(`type.${type}`) })),
  };
}
