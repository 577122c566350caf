// Loading, error with retry, and the notice about skipped entries: the states
// around the schedule that are not the schedule.
import type { FeedProblem } from '../../feed/parse.ts';
import { FeedError } from '../../feed/useSchedule.ts';
import { formatDateTime } from '../../model/time.ts';
import { useDisplay } from './display.ts';

export function FeedLoading() {
  const { t } = useDisplay();
  return (
    <p className="feed-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('feed.loading')}
    </p>
  );
}

interface ErrorProps {
  error: Error;
  retrying: boolean;
  onRetry: () => void;
  /** True when an older good copy is still on screen. */
  stale?: boolean;
  /** When that copy was saved, if it comes from an earlier visit. */
  savedAt?: number;
}

export function FeedErrorNotice({ error, retrying, onRetry, stale = false, savedAt }: ErrorProps) {
  const { t, locale, timeZone } = useDisplay();
  const kind = error instanceof FeedError ? error.kind : 'network';
  const staleText =
    savedAt !== undefined ? t('feed.savedCopy', { time: formatDateTime(savedAt, locale, timeZone) }) : t('feed.refreshFailed');
  return (
    <div className={stale ? 'notice notice-warning' : 'notice notice-error'} role="alert">
      {stale ? <p>{staleText}</p> : <h2>{t('feed.errorTitle')}</h2>}
      <p>{t(`feed.error.${kind}`, { detail: error.message })}</p>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t('feed.retrying') : t('feed.retry')}
      </button>
    </div>
  );
}

export function FeedProblemsNotice({ problems }: { problems: readonly FeedProblem[] }) {
  const { t } = useDisplay();
  if (problems.length === 0) return null;
  const onlySessions = problems.every((problem) => problem.part === 'session');
  return (
    <details className="notice notice-warning feed-problems" role="status">
      <summary>{onlySessions ? t('feed.skipped', { count: problems.length }) : t('feed.skippedParts', { count: problems.length })}</summary>
      <ul>
        {/* Keyed by position: the list never reorders, and part+index repeat (an importer's and
            the parser's problems share indices, several may be -1). */}
        {problems.map((problem, position) => (
          <li key={position}>
            {problem.index >= 0 && (
              <>
                {t(`feed.part.${problem.part}`)} #{problem.index + 1}
                {problem.id ? ` (${problem.id})` : ''}:{' '}
              </>
            )}
            <code>{problem.reason}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
