// Checks a feed file or URL exactly as the app will read it.
//
//   npm run validate-feed public/sessions.json
//   npm run validate-feed https://pretalx.example.org/democon/schedule/export/schedule.json
//
// Prints one line per problem (#<n> <id> <field path>: <reason>), a summary,
// and a verdict. Exit status: 0 when the app shows the feed (problems are
// then warnings: those entries are skipped), 1 when the app would refuse it
// or show no session, 2 when the file or URL could not be read at all.
import { readFileSync } from 'node:fs';
import { checkFeed } from './feed-check.ts';

const USAGE = 'usage: npm run validate-feed <file-or-url>';

/** The text as the app gets it: fetch's text() decodes UTF-8 and drops a byte order mark, and so does this. */
async function readSource(source: string): Promise<{ text: string; notes: string[] }> {
  if (!/^https?:\/\//i.test(source)) return { text: new TextDecoder().decode(readFileSync(source)), notes: [] };
  const response = await fetch(source, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${source}: HTTP ${response.status} (the app would show "The server answered with an error")`);
  // A page served from another origin can read the feed only if the server allows it.
  const allowed = response.headers.get('access-control-allow-origin');
  const notes = [
    allowed === null
      ? 'CORS: the answer has no Access-Control-Allow-Origin header; a schedule page on another origin cannot read this feed unless the server sends one (some send it only to requests with an Origin header).'
      : `CORS: Access-Control-Allow-Origin: ${allowed}`,
  ];
  return { text: await response.text(), notes };
}

async function main(args: string[]): Promise<number> {
  const [source] = args;
  if (args.length !== 1 || source === undefined || source.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  let read: { text: string; notes: string[] };
  try {
    read = await readSource(source);
  } catch (error) {
    console.error(`validate-feed: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const { lines, exitCode } = await checkFeed(read.text, source);
  for (const line of [...lines, ...read.notes]) console.log(line);
  return exitCode;
}

process.exitCode = await main(process.argv.slice(2));
