// The speakers' photos as the app ships them: square WebP renditions (96 and
// 192 CSS px, PHOTO_SIZES) derived from the originals in
// data/istiocon-2022/speaker-images/ (JPEG up to ~1 MB, never shipped), written
// to public/speakers/ by `npm run feed` and committed, so a clone builds and
// tests without running the encoder.
//
// sharp (libvips, prebuilt binaries from the npm registry) does the work:
// decoding, EXIF rotation, a face-friendly square crop ("attention" picks the
// most salient region: skin tones, contrast) and WebP encoding, none of which
// is worth writing by hand. It is loaded only when photos are written, so the
// tests that read the committed files never load it.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PHOTO_SIZES, type NativeSpeakerProfile } from './istiocon-convert.ts';

/**
 * The encoder's settings. Part of each rendition's name (through imageHash),
 * so changing them renames every file and no cache keeps an old one.
 */
export const PHOTO_ENCODING = { format: 'webp', quality: 72, effort: 6, position: 'attention' } as const;

/** A short name for an original and the settings it is encoded with. */
export function imageHash(bytes: Uint8Array): string {
  return createHash('sha256').update(JSON.stringify(PHOTO_ENCODING)).update(bytes).digest('hex').slice(0, 10);
}

/** File name in speaker-images/ -> imageHash of its bytes. */
export function readImageHashes(imagesDir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const name of readdirSync(imagesDir).sort()) {
    if (/\.(jpe?g|png|webp)$/i.test(name)) hashes.set(name, imageHash(readFileSync(join(imagesDir, name))));
  }
  return hashes;
}

/** One square rendition, cropped around the most salient part of the photo. */
export async function renderPhoto(source: Uint8Array, size: number): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  return sharp(source)
    .rotate()
    .resize({ width: size, height: size, fit: 'cover', position: PHOTO_ENCODING.position })
    .toColourspace('srgb')
    .webp({ quality: PHOTO_ENCODING.quality, effort: PHOTO_ENCODING.effort })
    .toBuffer();
}

export interface PhotoStats {
  size: number;
  count: number;
  total: number;
  min: number;
  median: number;
  max: number;
}

/**
 * Writes every profile's renditions into `publicDir` (at the feed-relative
 * paths the feed names) and removes any other file in its speakers/ folder.
 * Returns the byte figures per rendition size.
 */
export async function writePhotos(
  speakers: readonly NativeSpeakerProfile[],
  imageOf: ReadonlyMap<string, string>,
  imagesDir: string,
  publicDir: string,
): Promise<PhotoStats[]> {
  const folder = join(publicDir, 'speakers');
  mkdirSync(folder, { recursive: true });
  const written = new Set<string>();
  const bytesBySize = new Map<number, number[]>(PHOTO_SIZES.map((size) => [size, []]));
  for (const profile of speakers) {
    const image = imageOf.get(profile.id);
    if (image === undefined) continue;
    const source = readFileSync(join(imagesDir, image));
    for (const rendition of profile.photo) {
      const bytes = await renderPhoto(source, rendition.size);
      writeFileSync(join(publicDir, rendition.url), bytes);
      written.add(rendition.url.slice('speakers/'.length));
      bytesBySize.get(rendition.size)?.push(bytes.length);
    }
  }
  for (const name of readdirSync(folder)) if (!written.has(name)) rmSync(join(folder, name));
  return [...bytesBySize].map(([size, bytes]) => photoStats(size, bytes));
}

export function photoStats(size: number, bytes: readonly number[]): PhotoStats {
  const sorted = [...bytes].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length === 0
      ? 0
      : sorted.length % 2 === 1
        ? (sorted[middle] ?? 0)
        : Math.round(((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2);
  return {
    size,
    count: sorted.length,
    total: sorted.reduce((sum, value) => sum + value, 0),
    min: sorted[0] ?? 0,
    median,
    max: sorted[sorted.length - 1] ?? 0,
  };
}

export function describePhotoStats(stats: PhotoStats): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return (
    `${stats.size}px: ${stats.count} files, ${kb(stats.total)} in all ` +
    `(min ${stats.min} B, median ${stats.median} B, max ${stats.max} B)`
  );
}
