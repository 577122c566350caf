// "Up next for you": the next two starred sessions, with a countdown.
import { countdownTo, upNext, type Countdown } from '../../schedule/live.ts';
import { formatDay, formatTime, toIsoInstant } from '../../model/time.ts';
import { useDisplay } from '../shell/display.ts';
import { FeedText } from './FeedText.tsx';
import type { Session } from '../../model/schedule.ts';

interface Props {
  /** The viewer's starred sessions. */
  starred: readonly Session[];
  now: number;
  onOpen: (id: string) => void;
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function countdownText(countdown: Countdown, locale: string): string {
  if (countdown.unit === 'date') return formatDay(countdown.day, locale);
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(locale, format);
  }
  return format.format(countdown.value, countdown.unit);
}

export function UpNext({ starred, now, onOpen }: Props) {
  const { t, locale, timeZone } = useDisplay();
  const next = upNext(starred, now);
  if (next.length === 0) return null;
  return (
    <section className="up-next" aria-labelledby="up-next-title">
      <h2 id="up-next-title">{t('live.upNext')}</h2>
      <ol>
        {next.map((session) => (
          <li key={session.id}>
            <button type="button" className="link-button" onClick={() => onOpen(session.id)}>
              <FeedText text={session.title} />
            </button>{' '}
            <time dateTime={toIsoInstant(session.start)}>{formatTime(session.start, locale, timeZone)}</time>
            {' · '}
            <span className="countdown">{countdownText(countdownTo(session.start, now, timeZone), locale)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
