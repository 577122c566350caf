// The feed the recordings and speakers specs run on: the bundled feed when it
// carries recordings and speaker profiles, else (before the feed has them)
// the bundled feed with recordings, slides and a few profiles added here.
import { nameSpeakerId } from '../src/schedule/speakerIds.ts';
import { bundledFeed, type FeedJson } from './feed.ts';

export interface LinkJson {
  kind: 'recording' | 'slides' | 'other';
  url: string;
  label?: string;
}
export interface ProfileJson {
  id: string;
  name: string;
  role?: string;
  bio?: Record<string, string>;
  links?: { url: string; label?: string }[];
  photo?: { url: string; size: number }[];
}
export type SpeakersFeedJson = Omit<FeedJson, 'sessions'> & {
  speakers?: ProfileJson[];
  sessions: (FeedJson['sessions'][number] & { links?: LinkJson[]; speakers?: { name: string; affiliation?: string; id?: string }[] })[];
};

export function speakersFeed(): SpeakersFeedJson {
  const feed = bundledFeed() as SpeakersFeedJson;
  if (feed.sessions.some((session) => session.links?.length)) return feed;
  feed.sessions.forEach((session, index) => {
    const links: LinkJson[] = [];
    if (index % 3 !== 2) links.push({ kind: 'recording', url: `https://www.youtube.com/watch?v=${session.id}` });
    if (index % 2 === 0) links.push({ kind: 'slides', url: `https://static.sched.com/${session.id}.pdf` });
    session.links = links;
  });
  return feed;
}

export const withRecording = (feed: SpeakersFeedJson) =>
  feed.sessions.filter((session) => session.links?.some((link) => link.kind === 'recording'));

/** The id `?speaker=` takes for a name in this feed: its profile's, else the one derived from the name. */
export function speakerIdFor(feed: SpeakersFeedJson, name: string): string {
  const speaker = feed.sessions.flatMap((session) => session.speakers ?? []).find((candidate) => candidate.name === name);
  return speaker?.id ?? nameSpeakerId(name);
}
