import { useId, useState } from 'react';
import { FeedText } from './FeedText.tsx';
import { useDisplay } from '../shell/display.ts';
import type { LocalizedText as Text } from '../../model/schedule.ts';

interface Props {
  text: Text;
  /** Collapsed to a few lines with a toggle (the list); full text otherwise (the detail). */
  collapsible?: boolean;
  /** Mark text shown in another language (off when the title already does). */
  marked?: boolean;
}

const SHORT_ENOUGH = 180;

export function Abstract({ text, collapsible = false, marked = true }: Props) {
  const { t } = useDisplay();
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const longest = Math.max(...Object.values(text).map((value) => value.length));
  const canCollapse = collapsible && longest > SHORT_ENOUGH;
  return (
    <div className="abstract">
      <p id={id} className={canCollapse && !expanded ? 'abstract-text collapsed' : 'abstract-text'}>
        <FeedText text={text} marked={marked} />
      </p>
      {canCollapse && (
        <button type="button" className="link-button" aria-expanded={expanded} aria-controls={id} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('session.showLess') : t('session.showMore')}
        </button>
      )}
    </div>
  );
}
