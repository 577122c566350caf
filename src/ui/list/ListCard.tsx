import { liveStatus } from '../../schedule/live.ts';
import { formatDayLong, formatOffset, utcNoonOf, type DayKey } from '../../model/time.ts';
import { useDisplay } from '../shell/display.ts';
import { SessionCard } from '../session/SessionCard.tsx';
import type { Session } from '../../model/schedule.ts';
import type { CardOptions } from '../viewProps.ts';

export function ListCard({ session, options, eager }: { session: Session; options: CardOptions; eager?: boolean }) {
  const { tracksById, starredIds, clashes, now, onOpen, onToggleFavorite } = options;
  return (
    <SessionCard
      session={session}
      track={session.track ? tracksById.get(session.track) : undefined}
      starred={starredIds.has(session.id)}
      status={now === undefined ? undefined : liveStatus(session, now)}
      clashesWith={clashes?.get(session.id)}
      onOpen={onOpen}
      onToggleFavorite={onToggleFavorite}
      eager={eager}
    />
  );
}

/** A day's heading, which sticks while its sessions scroll: it names the zone the times are in, the header being out of sight. */
export function DayHeader({ day, count }: { day: DayKey; count: number }) {
  const { t, locale, timeZone } = useDisplay();
  // The offset that day (DST): noon UTC is on the day in most zones, and
  // keeps date-fns-tz (startOfDay) off the first page.
  const offset = formatOffset(timeZone, utcNoonOf(day));
  return (
    <header className="day-header">
      {/* Focusable from script only: a day tab moves the focus here. */}
      <h2 id={`day-${day}`} className="day-heading" tabIndex={-1}>
        <time dateTime={day}>{formatDayLong(day, locale)}</time>
      </h2>
      <span className="day-count">
        {t('list.sessionCount', { count })} ·{' '}
        <span
          className="day-zone"
          title={offset === timeZone ? t('settings.timesInPlain', { zone: timeZone }) : t('settings.timesIn', { zone: timeZone, offset })}
        >
          {offset}
        </span>
      </span>
    </header>
  );
}
