// The bundled feed as the recordings and speakers specs read it: sessions
// with links, speakers pointing at profiles.
import { nameSpeakerId } from '../src/schedule/speakerIds.ts';
import type { InferInput } from 'valibot';
import type { SessionSchema, SpeakerProfileSchema } from '../src/feed/schema.ts';
import { bundledFeed, type FeedJson } from './feed.ts';

export type SpeakersFeedJson = Omit<FeedJson, 'sessions'> & {
  speakers?: InferInput<typeof SpeakerProfileSchema>[];
  sessions: (FeedJson['sessions'][number] & Pick<InferInput<typeof SessionSchema>, 'links' | 'speakers'>)[];
};

export function speakersFeed(): SpeakersFeedJson {
  return bundledFeed() as SpeakersFeedJson;
}

export const withRecording = (feed: SpeakersFeedJson) =>
  feed.sessions.filter((session) => session.links?.some((link) => link.kind === 'recording'));

/** The id `?speaker=` takes for a name in this feed: its profile's, else the one derived from the name. */
export function speakerIdFor(feed: SpeakersFeedJson, name: string): string {
  const speaker = feed.sessions.flatMap((session) => session.speakers ?? []).find((candidate) => candidate.name === name);
  return speaker?.id ?? nameSpeakerId(name);
}
