// A session's speakers in its detail, each a link to the speaker's own
// detail (`?speaker=`): a plain click opens it in place, a modified click a new tab.
import { speakerLabel, type Speaker } from '../../model/schedule.ts';
import { speakerIdOf } from '../../schedule/speakerIds.ts';
import { speakerHref } from '../../state/speakerLinks.ts';
import { inApp } from '../../state/links.ts';

interface Props {
  speakers: readonly Speaker[];
  onOpenSpeaker: (id: string) => void;
}

export function SpeakerNames({ speakers, onOpenSpeaker }: Props) {
  if (speakers.length === 0) return null;
  return (
    <p className="speakers speaker-names">
      {speakers.map((speaker, index) => {
        const id = speakerIdOf(speaker);
        return (
          <span key={`${id}:${index}`}>
            {index > 0 && ', '}
            <a href={speakerHref(id)} onClick={inApp(() => onOpenSpeaker(id))}>
              {speakerLabel(speaker)}
            </a>
          </span>
        );
      })}
    </p>
  );
}
