// A speaker's detail (`?speaker=<id>`): a modal <dialog> like the session's,
// so focus moves in, Escape closes it and focus goes back to what opened it.
// Photo, role, bio in the viewer's language (with the fallback marker),
// links out, and every session as a link to its own detail. An id the
// schedule does not have shows "not found" in the same dialog.
import { useMemo, type ReactNode } from 'react';
import type { Schedule } from '../../model/schedule.ts';
import { dayKeyOf, formatDay } from '../../model/time.ts';
import { speakerDirectory, type SpeakerEntry } from '../../schedule/speakers.ts';
import { sessionLinkProps } from '../session/sessionLink.ts';
import { Abstract } from '../session/Abstract.tsx';
import { OutLinks } from '../session/OutLinks.tsx';
import { FeedText } from '../session/FeedText.tsx';
import { SessionTime } from '../session/SessionTime.tsx';
import { useDisplay } from '../shell/display.ts';
import { ModalDialog } from '../shell/ModalDialog.tsx';
import { SpeakerAvatar } from './SpeakerAvatar.tsx';

interface Props {
  schedule: Schedule;
  id: string;
  onOpenSession: (id: string) => void;
  onClose: () => void;
}

export function SpeakerDetail({ schedule, id, onOpenSession, onClose }: Props) {
  const entry = useMemo(() => speakerDirectory(schedule).find((candidate) => candidate.id === id), [schedule, id]);
  return (
    <SpeakerDialog onClose={onClose}>{entry ? <SpeakerBody entry={entry} onOpenSession={onOpenSession} /> : <NotFound />}</SpeakerDialog>
  );
}

function SpeakerDialog({ children, onClose }: { children: ReactNode; onClose: () => void }) {
  return (
    <ModalDialog className="session-detail speaker-detail" labelledBy="speaker-detail-title" onClose={onClose}>
      {children}
    </ModalDialog>
  );
}

function NotFound() {
  const { t } = useDisplay();
  return (
    <>
      <h2 id="speaker-detail-title">{t('speakers.notFoundTitle')}</h2>
      <p role="status">{t('speakers.notFound')}</p>
    </>
  );
}

function SpeakerBody({ entry, onOpenSession }: { entry: SpeakerEntry; onOpenSession: (id: string) => void }) {
  const { t, locale, timeZone } = useDisplay();
  const bio = entry.profile?.bio;
  const links = entry.profile?.links ?? [];
  return (
    <div data-open-speaker-id={entry.id}>
      <div className="speaker-head">
        <SpeakerAvatar name={entry.name} photo={entry.profile?.photo ?? []} size={96} />
        <div>
          <h2 id="speaker-detail-title">{entry.name}</h2>
          {entry.role && <p className="speaker-role">{entry.role}</p>}
        </div>
      </div>
      {bio && <Abstract text={bio} />}
      <OutLinks links={links} />
      <h3>{t('speakers.sessions')}</h3>
      <ul className="speaker-detail-sessions">
        {entry.sessions.map((session) => (
          <li key={session.id}>
            <a {...sessionLinkProps(session.id, onOpenSession)}>
              <FeedText text={session.title} />
            </a>
            <span className="muted">
              {' '}
              {formatDay(dayKeyOf(session.start, timeZone), locale)} <SessionTime start={session.start} end={session.end} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
