// A speaker's photo where the feed has one the page may load, else their
// initials (also when the photo fails to load). Decorative: the name is
// always written beside it.
import { useState } from 'react';
import type { PhotoSource } from '../../model/schedule.ts';
import { initials } from '../../schedule/speakers.ts';
import { loadablePhotos } from './photoPolicy.ts';

interface Props {
  name: string;
  photo: readonly PhotoSource[];
  /** CSS pixels: 48 in the list, 96 in the detail. */
  size: 48 | 96;
}

export function SpeakerAvatar({ name, photo, size }: Props) {
  const [failed, setFailed] = useState(false);
  const sources = loadablePhotos(photo);
  const className = `avatar avatar-${size}`;
  if (sources.length > 0 && !failed) {
    // The smallest that is sharp at 1x; srcset lets a 2x screen take a bigger one.
    const src = (sources.find((source) => source.size >= size) ?? sources[sources.length - 1])?.url;
    return (
      <img
        className={className}
        src={src}
        srcSet={sources.map((source) => `${source.url} ${source.size}w`).join(', ')}
        sizes={`${size}px`}
        width={size}
        height={size}
        alt=""
        loading="lazy"
        decoding="async"
        onError={() => setFailed(true)}
      />
    );
  }
  return (
    <span className={`${className} avatar-initials`} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
