// Generates the app's default feed, public/sessions.json (docs/feed-format.md, format 1),
// from the IstioCon 2022 session files.
//
//   npm run feed                       # sessions from data/istiocon-2022/
//   npx tsx scripts/build-feed.ts DIR  # DIR holds sessions/*.md
//
// Fails (exit 1, naming the file) if any session file cannot be converted,
// if the app's own parser reports any problem, or if the session count is not
// the number of non-draft files.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '../src/feed/parse.ts';
import { buildFeed, serializeFeed, type NativeFeed, type SeedFile } from './istiocon-convert.ts';

const DEFAULT_SEEDS = fileURLToPath(new URL('../data/istiocon-2022/', import.meta.url));
const OUTPUT = fileURLToPath(new URL('../public/sessions.json', import.meta.url));

function readSeedFiles(seedsDir: string): SeedFile[] {
  const sessionsDir = join(seedsDir, 'sessions');
  const names = readdirSync(sessionsDir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  if (names.length === 0) throw new Error(`${sessionsDir}: no session files (*.md)`);
  return names.map((name) => ({ name, text: readFileSync(join(sessionsDir, name), 'utf8') }));
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
  const both = (text: { en?: string; zh?: string } | undefined) => text?.en !== undefined && text.zh !== undefined;
  const byLanguage = new Map<string, number>();
  for (const session of feed.sessions) byLanguage.set(session.language, (byLanguage.get(session.language) ?? 0) + 1);
  const languages = [...byLanguage].map(([language, count]) => `${language} ${count}`).join(', ');
  const titles = feed.sessions.filter((session) => both(session.title)).length;
  const abstracts = feed.sessions.filter((session) => both(session.abstract)).length;
  return (
    `${output}: ${feed.sessions.length} sessions (${drafts} drafts skipped); ` +
    `delivered in ${languages}; en+zh titles ${titles}, en+zh abstracts ${abstracts}`
  );
}

function main(args: string[]): void {
  if (args.length > 1 || args[0]?.startsWith('-')) {
    throw new Error('usage: tsx scripts/build-feed.ts [SEEDS_DIR]  (SEEDS_DIR holds sessions/*.md)');
  }
  const seedsDir = args[0] === undefined ? DEFAULT_SEEDS : resolve(args[0]);
  const files = readSeedFiles(seedsDir);
  const { feed, drafts, sourceOf } = buildFeed(files);
  checkFeed(feed, files.length - drafts.length, sourceOf);
  writeFileSync(OUTPUT, serializeFeed(feed));
  console.log(summary(feed, drafts.length, relative(process.cwd(), OUTPUT) || OUTPUT));
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`build-feed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
