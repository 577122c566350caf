// Loading, error with retry, and the notice about skipped entries: the states
// around the schedule that are not the schedule.
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
