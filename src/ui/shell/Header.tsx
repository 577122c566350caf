import { memo } from 'react';
import { UI_LANGUAGES, type UiLanguage } from '../../model/language.ts';
import { useDisplay } from './display.ts';
import { FeedText } from '../session/FeedText.tsx';
import { ThemeSwitch } from './ThemeSwitch.tsx';
import type { ThemeChoice } from '../../state/theme.ts';
import { TimeZonePicker } from './TimeZonePicker.tsx';
import { SettingsMenu } from './SettingsMenu.tsx';
import type { Conference } from '../../model/schedule.ts';

interface Props {
  conference?: Conference;
  /** The instant whose UTC offset to show: the conference's, not today's (DST differs). */
  offsetAt: number;
  onLanguageChange: (language: UiLanguage) => void;
  onTimeZoneChange: (zone: string) => void;
  theme: ThemeChoice;
  onThemeChange: (next: ThemeChoice) => void;
}

// Each language is offered in its own name, as language pickers do.
const LANGUAGE_NAMES: Record<UiLanguage, string> = { en: 'English', zh: '简体中文' };

// Memoised: filter changes re-render the page below, not the header.
export const Header = memo(function Header({ conference, offsetAt, onLanguageChange, onTimeZoneChange, theme, onThemeChange }: Props) {
  const { t, language } = useDisplay();
  return (
    <header className="app-header">
      <div className="brand">
        <h1>
          {conference ? <FeedText text={conference.name} /> : null} <span className="brand-sub">{t('app.schedule')}</span>
        </h1>
        {conference?.url && (
          // The schema admits only http(s) URLs here.
          <a className="conference-link" href={conference.url} rel="noopener noreferrer" target="_blank">
            {t('session.conferencePage')}
          </a>
        )}
      </div>
      <SettingsMenu>
        {conference?.url && (
          // The same link as beside the title, which a phone has no room for.
          <a className="conference-link" href={conference.url} rel="noopener noreferrer" target="_blank">
            {t('session.conferencePage')}
          </a>
        )}
        <TimeZonePicker conferenceZone={conference?.timezone} offsetAt={offsetAt} onChange={onTimeZoneChange} />
        <div className="header-controls">
          <div className="segmented" role="group" aria-label={t('settings.language')}>
            {UI_LANGUAGES.map((option) => (
              <button key={option} type="button" lang={option} aria-pressed={language === option} onClick={() => onLanguageChange(option)}>
                {LANGUAGE_NAMES[option]}
              </button>
            ))}
          </div>
          <ThemeSwitch choice={theme} onChange={onThemeChange} />
        </div>
      </SettingsMenu>
    </header>
  );
});
