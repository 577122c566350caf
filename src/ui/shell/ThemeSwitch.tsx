// System / light / dark: a small segmented control. Each button has an icon and
// its name in words; on a narrow screen the words are kept for screen readers only.
import { THEME_CHOICES, type ThemeChoice } from '../../state/theme.ts';
import { useDisplay } from './display.ts';

const ICONS: Record<ThemeChoice, string> = {
  // A screen, a sun, a moon (24×24, stroked).
  system: 'M3 5h18v11H3zM8 20h8M12 16v4',
  light:
    'M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8zM12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4',
  dark: 'M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z',
};

export function ThemeSwitch({ choice, onChange }: { choice: ThemeChoice; onChange: (next: ThemeChoice) => void }) {
  const { t } = useDisplay();
  return (
    <div className="segmented theme-switch" role="group" aria-label={t('theme.label')}>
      {THEME_CHOICES.map((option) => (
        <button key={option} type="button" aria-pressed={choice === option} title={t(`theme.${option}`)} onClick={() => onChange(option)}>
          <svg className="segmented-icon" viewBox="0 0 24 24" aria-hidden="true">
            <path d={ICONS[option]} />
          </svg>
          <span className="theme-name">{t(`theme.${option}`)}</span>
        </button>
      ))}
    </div>
  );
}
