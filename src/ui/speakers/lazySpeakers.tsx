// The Speakers view and a speaker's detail are one lazy chunk (vite.config.ts,
// LAZY_ONLY): the first page never pays for them. The detail opens from
// any view (`?speaker=`), in its own error boundary.
import { lazy, Suspense } from 'react';
import type { Schedule } from '../../model/schedule.ts';
import { ErrorBoundary } from '../shell/ErrorBoundary.tsx';
import { withLaterStrings } from '../../i18n/setup.ts';

const loadChunk = () => withLaterStrings(import('./speakersChunk.ts'));
const SpeakersViewChunk = lazy(() => loadChunk().then((module) => ({ default: module.SpeakersView })));
const SpeakerDetailChunk = lazy(() => loadChunk().then((module) => ({ default: module.SpeakerDetail })));

interface ViewProps {
  schedule: Schedule;
  query: string;
  onOpenSpeaker: (id: string) => void;
  onOpenSession: (id: string) => void;
}

export function LazySpeakersView(props: ViewProps & { loading: string }) {
  return (
    <Suspense fallback={<p className="feed-loading">{props.loading}</p>}>
      <SpeakersViewChunk {...props} />
    </Suspense>
  );
}

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
        <SpeakerDetailChunk key={props.id} {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
