import { endDayOffset, formatTime, toIsoInstant } from '../../model/time.ts';
import { useDisplay } from '../shell/display.ts';

interface Props {
  start: number;
  end: number;
}

/** "10:00–10:35", with "+1 day" when the session ends on a later local day. */
export function SessionTime({ start, end }: Props) {
  const { t, locale, timeZone } = useDisplay();
  const laterDays = endDayOffset(start, end, timeZone);
  return (
    <span className="session-time">
      <time dateTime={toIsoInstant(start)}>{formatTime(start, locale, timeZone)}</time>
      {'–'}
      <time dateTime={toIsoInstant(end)}>{formatTime(end, locale, timeZone)}</time>
      {laterDays > 0 && <span className="next-day"> {t('session.endsNextDay', { count: laterDays })}</span>}
    </span>
  );
}
