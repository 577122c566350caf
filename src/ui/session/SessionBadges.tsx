import { languageName } from '../../schedule/languageName.ts';
import { pickText } from '../../schedule/localize.ts';
import { useDisplay } from '../shell/display.ts';
import type { Session, Track } from '../../model/schedule.ts';

interface Props {
  session: Session;
  track?: Track;
}

/** Type, track and delivery language: always named in words, colour is only an accent. */
export function SessionBadges({ session, track }: Props) {
  const { t, language, locale } = useDisplay();
  const spoken = languageName(session.language, locale);
  const trackName = track ? pickText(track.name, language) : undefined;
  const typeName = t(`type.${session.type}`);
  // A keynote in the Keynote track says it once: the track badge (it carries the colour).
  const typeRepeatsTrack = trackName !== undefined && sameWords(trackName.text, typeName);
  return (
    <ul className="badges">
      {!typeRepeatsTrack && (
        <li className="badge badge-type" title={t('session.type', { type: typeName })}>
          {typeName}
        </li>
      )}
      {track && trackName && (
        <li
          className="badge badge-track"
          style={track.color ? { '--track': track.color } : undefined}
          title={t('session.track', { track: trackName.text })}
          lang={trackName.lang}
        >
          {track.color && <span className="track-dot" aria-hidden="true" />}
          {trackName.text}
        </li>
      )}
      <li className="badge badge-language" lang={locale} aria-label={t('session.deliveredIn', { language: spoken })}>
        <svg className="badge-icon" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M8 1a2.5 2.5 0 0 0-2.5 2.5v4a2.5 2.5 0 0 0 5 0v-4A2.5 2.5 0 0 0 8 1Zm-4.5 6.5a.75.75 0 0 0-1.5 0 6 6 0 0 0 5.25 5.95V15h1.5v-1.55A6 6 0 0 0 14 7.5a.75.75 0 0 0-1.5 0 4.5 4.5 0 0 1-9 0Z" />
        </svg>
        {spoken}
      </li>
    </ul>
  );
}

// One collator for every card (localeCompare with options builds one per
// call, ~0.1 ms), made at the first card rather than when the page loads.
let baseLetters: Intl.Collator | undefined;

function sameWords(a: string, b: string): boolean {
  baseLetters ??= new Intl.Collator(undefined, { sensitivity: 'base' });
  return baseLetters.compare(a.trim(), b.trim()) === 0;
}
