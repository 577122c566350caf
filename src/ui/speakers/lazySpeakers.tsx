// The Speakers view and a speaker's detail are one lazy chunk (vite.config.ts,
// LAZY_ONLY): the first page never pays for them. The detail opens from
// any view (`?speaker=`), in its own error boundary.
import { Suspense } from 'react';
import type { Schedule } from '../../model/schedule.ts';
import { ErrorBoundary } from '../shell/ErrorBoundary.tsx';
import { withLaterStrings } from '../../i18n/setup.ts';
import { preloadable } from '../shell/preloadable.tsx';

const loadChunk = () => withLaterStrings(import('./speakersChunk.ts'));
const SpeakersViewChunk = preloadable(() => loadChunk().then((module) => module.SpeakersView));
const SpeakerDetailChunk = preloadable(() => loadChunk().then((module) => module.SpeakerDetail));

interface ViewProps {
  schedule: Schedule;
  query: string;
  onOpenSpeaker: (id: string) => void;
  onOpenSession: (id: string) => void;
}

function SpeakersView(props: ViewProps & { loading: string }) {
  return (
    <Suspense fallback={<p className="feed-loading">{props.loading}</p>}>
      <SpeakersViewChunk.Component {...props} />
    </Suspense>
  );
}

/** The view, and its chunk's preload (the detail comes in the same chunk). */
export const LazySpeakersView = {
  Component: SpeakersView,
  preload: () => Promise.all([SpeakersViewChunk.preload(), SpeakerDetailChunk.preload()]),
};

interface DetailProps {
  schedule: Schedule;
  id: string;
  onOpenSession: (id: string) => void;
  onClose: () => void;
}

export function OpenSpeaker(props: DetailProps) {
  return (
    <ErrorBoundary part="view" resetKey={props.id}>
      <Suspense fallback={null}>
        <SpeakerDetailChunk.Component key={props.id} {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
