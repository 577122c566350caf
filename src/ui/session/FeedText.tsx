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
  const marker = picked.lang === 'en' || picked.lang === 'zh' ? t(`fallback.${picked.lang}`) : picked.lang;
  return (
    <span className={className} lang={picked.lang}>
      {picked.text}
      {picked.fallback && marked && (
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
