import { memo } from 'react';
import { abstractNeedsMarker, pickText } from '../../schedule/localize.ts';
import type { LiveStatus } from '../../schedule/live.ts';
import { Abstract } from './Abstract.tsx';
import { LiveBadge } from './LiveBadge.tsx';
import { useDisplay } from '../shell/display.ts';
import { FeedText } from './FeedText.tsx';
import { SessionBadges } from './SessionBadges.tsx';
import { SessionLinks } from './SessionLinks.tsx';
import { SessionTime } from './SessionTime.tsx';
import { StarButton } from './StarButton.tsx';
import { sessionLinkProps } from './sessionLink.ts';
import { displayName, type Session, type Track } from '../../model/schedule.ts';

interface Props {
  session: Session;
  track?: Track;
  starred: boolean;
  status?: LiveStatus;
  /** Titles of starred sessions this one overlaps (My schedule only). */
  clashesWith?: readonly string[];
  onOpen: (id: string) => void;
  onToggleFavorite: (id: string) => void;
  /** On screen as soon as drawn: laid out at once, not after Blink finds it near the screen (content-visibility). */
  eager?: boolean;
}

export const SessionCard = memo(function SessionCard({
  session,
  track,
  starred,
  status,
  clashesWith,
  onOpen,
  onToggleFavorite,
  eager,
}: Props) {
  const { t, language } = useDisplay();
  return (
    <article
      className={eager ? 'session-card eager' : 'session-card'}
      data-session-id={session.id}
      style={track?.color ? { '--track': track.color } : undefined}
    >
      <div className="card-top">
        <span>
          <SessionTime start={session.start} end={session.end} /> <LiveBadge status={status} />
        </span>
        <StarButton starred={starred} title={pickText(session.title, language).text} onToggle={() => onToggleFavorite(session.id)} />
      </div>
      {clashesWith && clashesWith.length > 0 && (
        <p className="clash" role="note">
          <span aria-hidden="true">⚠ </span>
          {t('mine.clashesWith', { titles: clashesWith.join(' · ') })}
        </p>
      )}
      <h3 className="session-title">
        <a {...sessionLinkProps(session.id, onOpen)}>
          <FeedText text={session.title} />
        </a>
      </h3>
      {session.speakers.length > 0 && <p className="speakers">{session.speakers.map((speaker) => displayName(speaker.name)).join(', ')}</p>}
      <SessionBadges session={session} track={track} />
      <SessionLinks links={session.links} />
      {session.abstract && (
        <Abstract text={session.abstract} collapsible marked={abstractNeedsMarker(session.title, session.abstract, language)} />
      )}
    </article>
  );
});
