// The one entry into the speakers chunk (vite.config.ts, SPEAKERS_CHUNK):
// both lazy components import this module, so the first page names one file.
export { SpeakersView } from './SpeakersView.tsx';
export { SpeakerDetail } from './SpeakerDetail.tsx';
