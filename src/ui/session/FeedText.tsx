// Feed text in the viewer's language, or in another with a visible marker and
// the right lang attribute so screen readers and fonts switch with it.
import { pickText } from '../../schedule/localize.ts';
import { useDisplay } from '../shell/display.ts';
import type { LocalizedText as Text } from '../../model/schedule.ts';

interface Props {
  text: Text;
  className?: string;
  /** Show the marker when the text is in another language (default); off where a neighbour already says so. */
  marked?: boolean;
}

export function FeedText({ text, className, marked = true }: Props) {
  const { t, language } = useDisplay();
  const picked = pickText(text, language);
  // Only a fallback has a marker: a t() call costs more than the rest of this
  // component, and a grid day has hundreds of these.
  const marker = picked.fallback && marked ? markerText(picked.lang, t) : undefined;
  return (
    <span className={className} lang={picked.lang}>
      {picked.text}
      {marker !== undefined && (
        <>
          {' '}
          <span className="fallback-marker" lang={picked.lang}>
            {marker}
          </span>
        </>
      )}
    </span>
  );
}

function markerText(lang: string, t: ReturnType<typeof useDisplay>['t']): string {
  return lang === 'en' || lang === 'zh' ? t(`fallback.${lang}`) : lang;
}
