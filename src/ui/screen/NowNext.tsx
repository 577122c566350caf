// During the event, at the top of the screen (it sticks with the toolbar on a
// phone): what is on now across every track and what starts next, one line
// each, with Now (scroll the view there) and a button that lists them all.
import { useId, useMemo, useState, type ReactNode } from 'react';
import type { Session, Track } from '../../model/schedule.ts';
import { formatTime, toIsoInstant } from '../../model/time.ts';
import { nowAndNext } from '../../schedule/live.ts';
import { pickText } from '../../schedule/localize.ts';
import { FeedText } from '../session/FeedText.tsx';
import { LiveBadge } from '../session/LiveBadge.tsx';
import { useDisplay } from '../shell/display.ts';
import { ToggleIconButton } from '../shell/ToggleIconButton.tsx';

interface Props {
  sessions: readonly Session[];
  tracksById: ReadonlyMap<string, Track>;
  now: number;
  onOpen: (id: string) => void;
  onJumpToNow: () => void;
}

export function NowNext({ sessions, tracksById, now, onOpen, onJumpToNow }: Props) {
  const { t, locale, timeZone } = useDisplay();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const { live, next } = useMemo(() => nowAndNext(sessions, now), [sessions, now]);
  if (live.length === 0 && next.length === 0) return null;
  const nextTime = next[0] && formatTime(next[0].start, locale, timeZone);
  const title = (session: Session) => (
    <button type="button" className="link-button now-next-title" onClick={() => onOpen(session.id)}>
      <FeedText text={session.title} />
    </button>
  );
  return (
    <section className="now-next" aria-label={t('live.nowNext')}>
      <button type="button" className="button button-now" onClick={onJumpToNow}>
        {t('live.now')}
      </button>
      <div className="now-next-lines">
        {live[0] && (
          <p className="now-next-line">
            <LiveBadge status="live" /> {title(live[0])}
            {live.length > 1 && <span className="now-next-more"> {t('live.more', { count: live.length - 1 })}</span>}
          </p>
        )}
        {next[0] && (
          <p className="now-next-line">
            <span className="now-next-label">{t('live.next')}</span> <time dateTime={toIsoInstant(next[0].start)}>{nextTime}</time>{' '}
            {title(next[0])}
            {next.length > 1 && <span className="now-next-more"> {t('live.more', { count: next.length - 1 })}</span>}
          </p>
        )}
      </div>
      <ToggleIconButton
        className="icon-button now-next-toggle"
        label={t('live.allNowNext')}
        expanded={open}
        controls={open ? listId : undefined}
        iconPath="M6 9l6 6 6-6"
        onClick={() => setOpen(!open)}
      />
      {open && (
        <div id={listId} className="now-next-all">
          {live.length > 0 && <SessionList label={t('live.onNow')} sessions={live} tracksById={tracksById} title={title} />}
          {next.length > 0 && (
            <SessionList label={t('live.nextAt', { time: nextTime })} sessions={next} tracksById={tracksById} title={title} />
          )}
        </div>
      )}
    </section>
  );
}

interface ListProps {
  label: string;
  sessions: readonly Session[];
  tracksById: ReadonlyMap<string, Track>;
  title: (session: Session) => ReactNode;
}

function SessionList({ label, sessions, tracksById, title }: ListProps) {
  const { language } = useDisplay();
  return (
    <>
      <p className="now-next-heading">{label}</p>
      <ul>
        {sessions.map((session) => {
          const track = session.track ? tracksById.get(session.track) : undefined;
          const trackName = track && pickText(track.name, language);
          return (
            <li key={session.id}>
              {title(session)}
              {trackName && (
                <span className="now-next-track" lang={trackName.lang}>
                  {' · '}
                  {trackName.text}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
