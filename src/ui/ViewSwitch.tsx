import { useTranslation } from 'react-i18next';
import type { ViewMode } from '../state/urlState.ts';
import { ShareButton } from './ShareButton.tsx';

interface Props {
  view: ViewMode;
  onChange: (view: ViewMode) => void;
}

const VIEWS: readonly ViewMode[] = ['list', 'grid'];

export function ViewSwitch({ view, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="view-switch">
      <div className="segmented" role="group" aria-label={t('views.label')}>
        {VIEWS.map((option) => (
          <button key={option} type="button" aria-pressed={view === option} onClick={() => onChange(option)}>
            {t(`views.${option}`)}
          </button>
        ))}
      </div>
      <ShareButton />
    </div>
  );
}
