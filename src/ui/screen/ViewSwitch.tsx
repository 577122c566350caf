import type { ReactNode } from 'react';
import type { ViewMode } from '../../state/urlState.ts';
import { ShareButton } from '../mine/ShareButton.tsx';
import { useDisplay } from '../shell/display.ts';
import { afterNextPaint } from '../../lib/later.ts';

interface Props {
  /** Extra controls that sit beside the switch (the Now button). */
  children?: ReactNode;
  view: ViewMode;
  favoriteCount: number;
  onChange: (view: ViewMode) => void;
}

const VIEWS: readonly ViewMode[] = ['list', 'grid', 'mine', 'speakers'];

/**
 * On a phone the views may scroll inside their row: keep the pressed one in
 * sight. After the frame is painted: scrolling needs the layout, and asked
 * for during the first render it laid out the whole page twice (~9 ms).
 */
const revealPressed = (button: HTMLButtonElement | null) => {
  if (button) afterNextPaint(() => button.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
};

export function ViewSwitch({ view, favoriteCount, onChange, children }: Props) {
  const { t } = useDisplay();
  return (
    <div className="view-switch">
      <div className="segmented" role="group" aria-label={t('views.label')}>
        {VIEWS.map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={view === option}
            ref={view === option ? revealPressed : undefined}
            onClick={() => onChange(option)}
          >
            {t(`views.${option}`)}
            {option === 'mine' && favoriteCount > 0 && <span className="count-pill">{favoriteCount}</span>}
          </button>
        ))}
      </div>
      {children}
      {/* My schedule has its own share action, the agenda link: this address would open an empty list for someone else. */}
      {view !== 'mine' && <ShareButton />}
    </div>
  );
}
