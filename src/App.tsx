// The page shell: header, feed states, the view, the open session.
import { Suspense, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useSchedule } from './feed/useSchedule.ts';
import { intlLocale } from './model/language.ts';
import { useViewState } from './state/useViewState.ts';
import { DisplayContext, type Display } from './ui/shell/display.ts';
import { FeedErrorNotice, FeedLoading } from './ui/shell/FeedStatus.tsx';
import { Header } from './ui/shell/Header.tsx';
import { ScheduleScreen } from './ui/screen/ScheduleScreen.tsx';
import { subscribeToUpdate, updateWaiting } from './pwa/serviceWorker.ts';
import { usePreferences } from './ui/shell/usePreferences.ts';
import { lazyWithStrings } from './ui/shell/preloadable.tsx';
import { rememberingT } from './i18n/rememberingT.ts';

const OPENED_AT = Date.now();

// Only a feed with broken entries has this notice, and only a new deploy the
// update prompt: neither is on the first page's budget.
const FeedProblemsNotice = lazyWithStrings(() => import('./ui/shell/FeedProblems.tsx').then((module) => module.FeedProblemsNotice));
const UpdatePrompt = lazyWithStrings(() => import('./ui/shell/UpdatePrompt.tsx').then((module) => module.UpdatePrompt));

export function App() {
  const { t } = useTranslation();
  const [viewState, updateView] = useViewState();
  const { language, setLanguage, timeZone, setTimeZone, theme, setTheme } = usePreferences(viewState, updateView);
  const feed = useSchedule();
  const updateAvailable = useSyncExternalStore(subscribeToUpdate, updateWaiting);
  const schedule = feed.data?.schedule;

  // The views get a `t` that remembers its answers (one per language).
  const rememberedT = useMemo(() => rememberingT(t), [t]);
  const display = useMemo<Display>(
    () => ({ language, locale: intlLocale(language, navigator.languages), timeZone, t: rememberedT }),
    [language, timeZone, rememberedT],
  );

  return (
    <DisplayContext value={display}>
      <a className="skip-link" href="#sessions">
        {t('app.skipToSessions')}
      </a>
      <Header
        conference={schedule?.conference}
        offsetAt={schedule?.sessions[0]?.start ?? OPENED_AT}
        onLanguageChange={setLanguage}
        onTimeZoneChange={setTimeZone}
        theme={theme}
        onThemeChange={setTheme}
      />
      <main id="sessions" tabIndex={-1}>
        {updateAvailable && (
          <Suspense fallback={null}>
            <UpdatePrompt />
          </Suspense>
        )}
        {feed.isPending && <FeedLoading />}
        {feed.error && (
          <FeedErrorNotice
            error={feed.error}
            retrying={feed.isFetching}
            stale={schedule !== undefined}
            savedAt={feed.data?.savedAt}
            onRetry={() => void feed.refetch()}
          />
        )}
        {feed.data && feed.data.problems.length > 0 && (
          <Suspense fallback={null}>
            <FeedProblemsNotice problems={feed.data.problems} />
          </Suspense>
        )}
        {schedule && <ScheduleScreen key={schedule.conference.id} schedule={schedule} viewState={viewState} updateView={updateView} />}
      </main>
    </DisplayContext>
  );
}
