// The session detail: a modal <dialog>, so focus moves in, stays in, and goes
// back where it was on close; Escape closes it natively.
import { formatDayLong, dayKeyOf } from '../../model/time.ts';
import { abstractNeedsMarker, pickText } from '../../schedule/localize.ts';
import { Abstract } from './Abstract.tsx';
import { useDisplay } from '../shell/display.ts';
import { ModalDialog } from '../shell/ModalDialog.tsx';
import { FeedText } from './FeedText.tsx';
import { SessionBadges } from './SessionBadges.tsx';
import { SessionTime } from './SessionTime.tsx';
import { StarButton } from './StarButton.tsx';
import type { Session, Track } from '../../model/schedule.ts';
import { SpeakerNames } from '../speakers/SpeakerNames.tsx';
import { OutLinks } from './OutLinks.tsx';
import { SessionLinks } from './SessionLinks.tsx';

interface Props {
  session: Session;
  track?: Track;
  starred: boolean;
  onToggleFavorite: (id: string) => void;
  onAddToCalendar: (session: Session) => void;
  onClose: () => void;
  /** Opens a speaker's detail in place of this one. */
  onOpenSpeaker: (id: string) => void;
}

export function SessionDetail({ session, track, starred, onToggleFavorite, onAddToCalendar, onClose, onOpenSpeaker }: Props) {
  const { t, language, locale, timeZone } = useDisplay();

  return (
    <ModalDialog className="session-detail" labelledBy="session-detail-title" data-open-session-id={session.id} onClose={onClose}>
      <p className="detail-when">
        <span>{formatDayLong(dayKeyOf(session.start, timeZone), locale)}</span> <SessionTime start={session.start} end={session.end} />
      </p>
      <h2 id="session-detail-title">
        <FeedText text={session.title} />
      </h2>
      <SpeakerNames speakers={session.speakers} onOpenSpeaker={onOpenSpeaker} />
      <SessionBadges session={session} track={track} />
      <div className="detail-actions">
        <StarButton starred={starred} title={pickText(session.title, language).text} onToggle={() => onToggleFavorite(session.id)} />
        <button type="button" className="button button-secondary" onClick={() => onAddToCalendar(session)}>
          {t('calendar.addOne')}
        </button>
      </div>
      <SessionLinks links={session.links} />
      <OutLinks links={session.links.filter((link) => link.kind === 'other')} />
      {session.abstract ? (
        <Abstract text={session.abstract} marked={abstractNeedsMarker(session.title, session.abstract, language)} />
      ) : (
        <p className="muted">{t('session.noAbstract')}</p>
      )}
    </ModalDialog>
  );
}
