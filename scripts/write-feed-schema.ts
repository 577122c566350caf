// Writes docs/feed.schema.json from the app's feed schema.
//
//   npm run feed-schema
//
// Run it after changing src/feed/schema.ts; scripts/feed-json-schema.test.ts
// fails while the committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feedJsonSchemaText } from './feed-json-schema.ts';

const OUTPUT = fileURLToPath(new URL('../docs/feed.schema.json', import.meta.url));

try {
  writeFileSync(OUTPUT, feedJsonSchemaText());
  console.log('docs/feed.schema.json written');
} catch (error) {
  console.error(`feed-schema: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
