// "Schedule updated: 1 session moved, 1 cancelled — 2 of them in your
// favorites", with the list of what changed behind a disclosure.
import { formatDateTime } from '../../model/time.ts';
import { summarizeChanges, type ScheduleChange } from '../../schedule/diff.ts';
import { FeedText } from '../session/FeedText.tsx';
import { useDisplay } from '../shell/display.ts';

interface Props {
  changes: readonly ScheduleChange[];
  starredIds: ReadonlySet<string>;
  onOpen: (id: string) => void;
  onDismiss: () => void;
}

export function ScheduleChanges({ changes, starredIds, onOpen, onDismiss }: Props) {
  const { t } = useDisplay();
  if (changes.length === 0) return null;
  const summary = summarizeChanges(changes, starredIds);
  const parts = (['moved', 'cancelled', 'added', 'retitled'] as const)
    .filter((kind) => summary[kind] > 0)
    .map((kind) => t(`changes.${kind}`, { count: summary[kind] }));
  return (
    <section className="notice notice-info schedule-changes" role="status" aria-labelledby="changes-title">
      <p id="changes-title">
        {t('changes.updated', { parts: parts.join(t('changes.separator')) })}
        {summary.favorites > 0 && t('changes.favorites', { count: summary.favorites })}
      </p>
      <details>
        <summary>{t('changes.show')}</summary>
        <ul>
          {changes.map((change) => (
            <ChangeLine
              key={`${change.kind}:${change.kind === 'changed' ? change.after.id : change.session.id}`}
              change={change}
              onOpen={onOpen}
            />
          ))}
        </ul>
      </details>
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('favorites.dismiss')}
      </button>
    </section>
  );
}

function ChangeLine({ change, onOpen }: { change: ScheduleChange; onOpen: (id: string) => void }) {
  const { t, locale, timeZone } = useDisplay();
  const session = change.kind === 'changed' ? change.after : change.session;
  const what =
    change.kind === 'added'
      ? t('changes.lineAdded')
      : change.kind === 'cancelled'
        ? t('changes.lineCancelled')
        : [
            change.moved && change.before.start !== change.after.start
              ? t('changes.lineMovedFrom', { time: formatDateTime(change.before.start, locale, timeZone) })
              : change.moved
                ? t('changes.lineRoom')
                : '',
            change.retitled ? t('changes.lineRetitled') : '',
          ]
            .filter(Boolean)
            .join(t('changes.separator'));
  return (
    <li data-change={change.kind} data-session-id={session.id}>
      {change.kind === 'cancelled' ? (
        <FeedText text={session.title} />
      ) : (
        <button type="button" className="link-button" onClick={() => onOpen(session.id)}>
          <FeedText text={session.title} />
        </button>
      )}
      {' — '}
      <span>{what}</span>
    </li>
  );
}
