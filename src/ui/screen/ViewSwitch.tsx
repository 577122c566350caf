import type { ReactNode } from 'react';
import type { ViewMode } from '../../state/urlState.ts';
import { ShareButton } from '../mine/ShareButton.tsx';
import { useDisplay } from '../shell/display.ts';

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
 * sight. An IntersectionObserver tells whether it is cut off: its answer comes
 * from the frame's own layout, where asking the element (scrollIntoView at
 * once, or after the first paint) forced a style and layout of the whole page,
 * 28 ms after every first paint on a slow machine, for a button that is
 * nearly always in sight already. Cut off by its row, not by the window: on a
 * desktop the toolbar scrolls away, and a list already scrolled to now (or
 * to the reader's place) was pulled back up to it.
 */
const revealPressed = (button: HTMLButtonElement | null) => {
  if (!button || typeof IntersectionObserver !== 'function') return;
  const observer = new IntersectionObserver(
    ([entry]) => {
      observer.disconnect();
      if (entry && entry.intersectionRatio < 1) button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    },
    { root: button.parentElement, threshold: 1 },
  );
  observer.observe(button);
  return () => observer.disconnect();
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
