// The Speakers view (`view=speakers`, its own chunk): everyone A–Z in the
// viewer's collation, under a letter index, with photo, role and sessions;
// the search box narrows it by name, role and company.
import { useMemo } from 'react';
import type { Schedule } from '../../model/schedule.ts';
import {
  groupSpeakers,
  searchGroups,
  speakerDirectory,
  OTHER_LETTER,
  type SpeakerEntry,
  type SpeakerGroup,
} from '../../schedule/speakers.ts';
import { deepLinks } from '../../state/speakerLinks.ts';
import { inApp } from '../../state/links.ts';
import { FeedText } from '../session/FeedText.tsx';
import { useDisplay } from '../shell/display.ts';
import { useDrawInSteps } from '../shell/useDrawInSteps.ts';
import { SpeakerAvatar } from './SpeakerAvatar.tsx';

interface Props {
  schedule: Schedule;
  query: string;
  onOpenSpeaker: (id: string) => void;
  onOpenSession: (id: string) => void;
}

// The first screenful at once, the rest just after that frame is painted
// (as the list does, FullList.tsx): a big feed's hundreds of speakers with
// thousands of session links take a while, and the top of the page should not.
const FIRST_PAINT = 12;

const letterId = (letter: string) => `speakers-${letter === OTHER_LETTER ? 'other' : letter}`;

export function SpeakersView({ schedule, query, onOpenSpeaker, onOpenSession }: Props) {
  const { t, locale } = useDisplay();
  const directory = useMemo(() => speakerDirectory(schedule), [schedule]);
  const sorted = useMemo(() => groupSpeakers(directory, locale), [directory, locale]);
  const groups = useMemo(() => searchGroups(sorted, query), [sorted, query]);
  const shown = groups.reduce((sum, group) => sum + group.speakers.length, 0);
  const drawn = useDrawInSteps(groups, { first: FIRST_PAINT, step: Infinity, total: shown });
  // Rendered with the view state of this render: one reading of the URL for every link.
  const links = deepLinks();
  const letterName = (letter: string) => (letter === OTHER_LETTER ? t('grid.noTrack') : letter);

  if (directory.length === 0) return <p className="empty-results">{t('speakers.empty')}</p>;
  return (
    <div className="speakers-view">
      <p className="result-count" aria-live="polite">
        {query.trim() ? t('speakers.showing', { shown, total: directory.length }) : t('speakers.count', { count: directory.length })}
      </p>
      {shown === 0 && <p className="empty-results">{t('speakers.noMatch', { q: query.trim() })}</p>}
      {shown > 0 && (
        <nav className="letter-index" aria-label={t('speakers.index')}>
          <ul>
            {groups.map(({ letter }) => (
              <li key={letter}>
                <a
                  href={`#${letterId(letter)}`}
                  onClick={inApp(() => {
                    // Scroll and move focus to the letter without putting a #fragment in the shared URL.
                    const heading = document.getElementById(letterId(letter));
                    heading?.scrollIntoView({ block: 'start' });
                    heading?.focus({ preventScroll: true });
                  })}
                >
                  {letterName(letter)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {firstScreenful(groups, drawn).map(({ letter, speakers }) => (
        <section key={letter} className="speaker-group" aria-labelledby={letterId(letter)}>
          <h2 id={letterId(letter)} className="speaker-letter" tabIndex={-1}>
            {letterName(letter)}
          </h2>
          <ul className="speaker-list">
            {speakers.map((entry) => (
              <SpeakerItem key={entry.id} entry={entry} links={links} onOpenSpeaker={onOpenSpeaker} onOpenSession={onOpenSession} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function firstScreenful(groups: readonly SpeakerGroup[], drawn: number): readonly SpeakerGroup[] {
  let budget = drawn;
  const shown: SpeakerGroup[] = [];
  for (const group of groups) {
    if (budget <= 0) break;
    shown.push(group.speakers.length <= budget ? group : { ...group, speakers: group.speakers.slice(0, budget) });
    budget -= group.speakers.length;
  }
  return shown;
}

interface ItemProps {
  entry: SpeakerEntry;
  links: ReturnType<typeof deepLinks>;
  onOpenSpeaker: (id: string) => void;
  onOpenSession: (id: string) => void;
}

function SpeakerItem({ entry, links, onOpenSpeaker, onOpenSession }: ItemProps) {
  return (
    <li className="speaker-entry" data-speaker-id={entry.id}>
      <SpeakerAvatar name={entry.name} photo={entry.profile?.photo ?? []} size={48} />
      <div className="speaker-text">
        <h3 className="speaker-name">
          <a href={links.speaker(entry.id)} onClick={inApp(() => onOpenSpeaker(entry.id))}>
            {entry.name}
          </a>
        </h3>
        {entry.role && <p className="speaker-role">{entry.role}</p>}
        {entry.sessions.length > 0 && (
          <ul className="speaker-sessions">
            {entry.sessions.map((session) => (
              <li key={session.id}>
                <a href={links.session(session.id)} onClick={inApp(() => onOpenSession(session.id))}>
                  <FeedText text={session.title} />
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
