/**
 * Writes docs/diagram.schema.json from the zod model (lib/model/json-schema.ts).
 * Run after changing the document model:  npx tsx scripts/write-json-schema.ts
 * With --check it only compares and exits 1 when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diagramJsonSchemaText } from '../lib/model/json-schema';

const target = fileURLToPath(new URL('../docs/diagram.schema.json', import.meta.url));
const text = diagramJsonSchemaText();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // A missing file is just out of date.
  }
  if (current !== text) {
    console.error(`${target} is out of date with the zod model; run: npx tsx scripts/write-json-schema.ts`);
    process.exit(1);
  }
  console.log(`${target} is up to date`);
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target} (${text.length} bytes)`);
}
