// Which of a speaker's photo renditions the page may load: the build's
// Content-Security-Policy allows images from the page's own origin and from
// VITE_IMAGE_ORIGINS only (vite.config.ts reads the same variable through
// the same module), so anything else is never requested and the initials show.
import { canLoadImage, parseImageOrigins } from '../../model/imageOrigins.ts';
import type { PhotoSource } from '../../model/schedule.ts';

function configuredOrigins(): string[] {
  try {
    return parseImageOrigins(import.meta.env.VITE_IMAGE_ORIGINS);
  } catch {
    // The build refuses a bad value; the dev server (no CSP) must not crash on one.
    return [];
  }
}

const IMAGE_ORIGINS = configuredOrigins();

export function loadablePhotos(photo: readonly PhotoSource[]): PhotoSource[] {
  return photo.filter((source) => canLoadImage(source.url, document.baseURI, IMAGE_ORIGINS));
}
