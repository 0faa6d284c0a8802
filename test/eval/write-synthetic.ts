/**
 * Writes the synthetic other-council papers (test/gold/holdout/synthetic2.ts, questions in
 * test/eval/synthetic.json; synthetic3.ts, questions in synthetic3.json) as PDFs into a folder, for
 * `papers ingest` and `npm run eval -- --questions …`:
 *   node --import tsx test/eval/write-synthetic.ts DIR [2|3]   (default: both)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SYNTHETIC2 } from '../gold/holdout/synthetic2.ts';
import { SYNTHETIC3 } from '../gold/holdout/synthetic3.ts';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node --import tsx test/eval/write-synthetic.ts DIR\n');
  process.exit(2);
}
const which = process.argv[3];
const papers = { ...(which !== '3' ? SYNTHETIC2 : {}), ...(which !== '2' ? SYNTHETIC3 : {}) };
mkdirSync(dir, { recursive: true });
for (const [key, make] of Object.entries(papers)) writeFileSync(join(dir, `${key}.pdf`), make());
process.stdout.write(`${Object.keys(papers).length} papers written to ${dir}\n`);
