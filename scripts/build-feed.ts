// Generates the app's default feed, public/sessions.json (docs/feed-format.md, format 1),
// from the IstioCon 2022 session and speaker files, and the speakers' photo
// renditions it names, public/speakers/*.webp (speaker-photos.ts).
//
//   npm run feed                       # from data/istiocon-2022/
//   npx tsx scripts/build-feed.ts DIR  # DIR holds sessions/*.md, and speakers/*.md
//                                      # with speaker-images/ if it has profiles
//
// Fails (exit 1, naming the file) if any session or speaker file cannot be
// converted, if the app's own parser reports any problem, or if the session
// count is not the number of non-draft files.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '../src/feed/parse.ts';
import { buildFeed, serializeFeed, type NativeFeed, type SeedFile, type SpeakerSeeds } from './istiocon-convert.ts';
import { describePhotoStats, readImageHashes, writePhotos } from './speaker-photos.ts';

const DEFAULT_SEEDS = fileURLToPath(new URL('../data/istiocon-2022/', import.meta.url));
const OUTPUT = fileURLToPath(new URL('../public/sessions.json', import.meta.url));

/** The *.md files of a folder, sorted by name; none when the folder is absent and not required. */
export function readMarkdownFiles(dir: string, required: boolean): SeedFile[] {
  if (!required && !existsSync(dir)) return [];
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  if (names.length === 0 && required) throw new Error(`${dir}: no files (*.md)`);
  return names.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** The speaker files and the hashes of the photos beside them. */
export function readSpeakerSeeds(seedsDir: string): SpeakerSeeds {
  const files = readMarkdownFiles(join(seedsDir, 'speakers'), false);
  const imagesDir = join(seedsDir, 'speaker-images');
  return { files, imageHashes: existsSync(imagesDir) ? readImageHashes(imagesDir) : new Map() };
}

/** The feed must pass the app's parser with no problem at all, and lose no session. */
function checkFeed(feed: NativeFeed, expected: number, sourceOf: ReadonlyMap<string, string>): void {
  const result = parseFeed(JSON.parse(serializeFeed(feed)));
  if (!result.ok) throw new Error(`the app refuses the feed (${result.failure}): ${result.detail}`);
  if (result.problems.length > 0) {
    const lines = result.problems.map((problem) => {
      const session = problem.part === 'session' ? feed.sessions[problem.index] : undefined;
      const file = session ? sourceOf.get(session.id) : undefined;
      return `  ${file ?? problem.part} (${problem.id ?? `#${problem.index}`}): ${problem.reason}`;
    });
    throw new Error(`the app's parser reports ${result.problems.length} problem(s):\n${lines.join('\n')}`);
  }
  const counts = [feed.sessions.length, result.schedule.sessions.length];
  if (counts.some((count) => count !== expected)) {
    throw new Error(`expected ${expected} sessions (files minus drafts), got ${counts[0]} converted, ${counts[1]} parsed`);
  }
}

function summary(feed: NativeFeed, drafts: number, output: string): string {
  const withKind = (kind: string) => feed.sessions.filter((session) => session.links?.some((link) => link.kind === kind)).length;
  const withPhoto = feed.speakers.filter((speaker) => speaker.photo.length > 0).length;
  const both = (text: { en?: string; zh?: string } | undefined) => text?.en !== undefined && text.zh !== undefined;
  const byLanguage = new Map<string, number>();
  for (const session of feed.sessions) byLanguage.set(session.language, (byLanguage.get(session.language) ?? 0) + 1);
  const languages = [...byLanguage].map(([language, count]) => `${language} ${count}`).join(', ');
  const titles = feed.sessions.filter((session) => both(session.title)).length;
  const abstracts = feed.sessions.filter((session) => both(session.abstract)).length;
  return (
    `${output}: ${feed.sessions.length} sessions (${drafts} drafts skipped); ` +
    `delivered in ${languages}; en+zh titles ${titles}, en+zh abstracts ${abstracts}; ` +
    `${withKind('recording')} recordings, ${withKind('slides')} slide decks; ` +
    `${feed.speakers.length} speakers, ${withPhoto} with a photo`
  );
}

async function main(args: string[]): Promise<void> {
  if (args.length > 1 || args[0]?.startsWith('-')) {
    throw new Error('usage: tsx scripts/build-feed.ts [SEEDS_DIR]  (SEEDS_DIR holds sessions/*.md)');
  }
  const seedsDir = args[0] === undefined ? DEFAULT_SEEDS : resolve(args[0]);
  const files = readMarkdownFiles(join(seedsDir, 'sessions'), true);
  const { feed, drafts, sourceOf, unmatched, imageOf } = buildFeed(files, readSpeakerSeeds(seedsDir));
  checkFeed(feed, files.length - drafts.length, sourceOf);
  for (const name of unmatched) console.warn(`build-feed: no speaker file for ${name}`);
  const stats = await writePhotos(feed.speakers, imageOf, join(seedsDir, 'speaker-images'), dirname(OUTPUT));
  writeFileSync(OUTPUT, serializeFeed(feed));
  const where = (path: string) => relative(process.cwd(), path) || path;
  console.log(summary(feed, drafts.length, where(OUTPUT)));
  console.log(`${where(join(dirname(OUTPUT), 'speakers'))}: ${stats.map(describePhotoStats).join('; ')}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await main(process.argv.slice(2));
  } catch (error) {
    console.error(`build-feed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
