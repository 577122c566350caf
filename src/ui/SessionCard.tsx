import { memo } from 'react';
import type { Session } from '../feed/parse.ts';
import type { Track } from '../feed/schema.ts';
import { Abstract } from './Abstract.tsx';
import { LocalizedText } from './LocalizedText.tsx';
import { SessionBadges } from './SessionBadges.tsx';
import { SessionTime } from './SessionTime.tsx';
import { sessionHref } from './sessionLink.ts';

interface Props {
  session: Session;
  track?: Track;
  onOpen: (id: string) => void;
}

export const SessionCard = memo(function SessionCard({ session, track, onOpen }: Props) {
  return (
    <article className="session-card" data-session-id={session.id} style={track?.color ? { borderInlineStartColor: track.color } : undefined}>
      <SessionTime start={session.start} end={session.end} />
      <h3 className="session-title">
        <a
          href={sessionHref(session.id)}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            onOpen(session.id);
          }}
        >
          <LocalizedText text={session.title} />
        </a>
      </h3>
      {session.speakers.length > 0 && <p className="speakers">{session.speakers.map((speaker) => speaker.name).join(', ')}</p>}
      <SessionBadges session={session} track={track} />
      {session.abstract && <Abstract text={session.abstract} collapsible />}
    </article>
  );
});
