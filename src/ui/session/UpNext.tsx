// "Up next for you": the next two starred sessions, with a countdown.
import { minutesUntil, upNext } from '../../schedule/live.ts';
import { formatTime, toIsoInstant } from '../../model/time.ts';
import { useDisplay } from '../shell/display.ts';
import { LocalizedText } from './LocalizedText.tsx';
import type { Session } from '../../model/schedule.ts';

interface Props {
  /** The viewer's starred sessions. */
  starred: readonly Session[];
  now: number;
  onOpen: (id: string) => void;
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function countdown(minutes: number, locale: string): string {
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(locale, format);
  }
  if (minutes < 90) return format.format(minutes, 'minute');
  if (minutes < 36 * 60) return format.format(Math.round(minutes / 60), 'hour');
  return format.format(Math.round(minutes / (24 * 60)), 'day');
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
              <LocalizedText text={session.title} />
            </button>{' '}
            <time dateTime={toIsoInstant(session.start)}>{formatTime(session.start, locale, timeZone)}</time>
            {' · '}
            <span className="countdown">{countdown(minutesUntil(session.start, now), locale)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
