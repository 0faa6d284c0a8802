/**
 * Writes the synthetic other-council papers (test/gold/holdout/synthetic2.ts, questions in
 * test/eval/synthetic.json; synthetic3.ts … synthetic24.ts, questions in synthetic3.json …
 * synthetic24.json) as PDFs into a folder, for `papers ingest` and `npm run eval -- --questions …`:
 *   node --import tsx test/eval/write-synthetic.ts DIR [2|3|4|5|6|7|8]   (default: all)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SYNTHETIC2 } from '../gold/holdout/synthetic2.ts';
import { SYNTHETIC3 } from '../gold/holdout/synthetic3.ts';
import { SYNTHETIC4 } from '../gold/holdout/synthetic4.ts';
import { SYNTHETIC5 } from '../gold/holdout/synthetic5.ts';
import { SYNTHETIC6 } from '../gold/holdout/synthetic6.ts';
import { SYNTHETIC7 } from '../gold/holdout/synthetic7.ts';
import { SYNTHETIC8 } from '../gold/holdout/synthetic8.ts';
import { SYNTHETIC9 } from '../gold/holdout/synthetic9.ts';
import { SYNTHETIC10 } from '../gold/holdout/synthetic10.ts';
import { SYNTHETIC11 } from '../gold/holdout/synthetic11.ts';
import { SYNTHETIC12 } from '../gold/holdout/synthetic12.ts';
import { SYNTHETIC13 } from '../gold/holdout/synthetic13.ts';
import { SYNTHETIC14 } from '../gold/holdout/synthetic14.ts';
import { SYNTHETIC15 } from '../gold/holdout/synthetic15.ts';
import { SYNTHETIC16 } from '../gold/holdout/synthetic16.ts';
import { SYNTHETIC17 } from '../gold/holdout/synthetic17.ts';
import { SYNTHETIC18 } from '../gold/holdout/synthetic18.ts';
import { SYNTHETIC19 } from '../gold/holdout/synthetic19.ts';
import { SYNTHETIC20 } from '../gold/holdout/synthetic20.ts';
import { SYNTHETIC21 } from '../gold/holdout/synthetic21.ts';
import { SYNTHETIC22 } from '../gold/holdout/synthetic22.ts';
import { SYNTHETIC23 } from '../gold/holdout/synthetic23.ts';
import { SYNTHETIC24 } from '../gold/holdout/synthetic24.ts';
import { SYNTHETIC25 } from '../gold/holdout/synthetic25.ts';
import { SYNTHETIC26 } from '../gold/holdout/synthetic26.ts';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node --import tsx test/eval/write-synthetic.ts DIR\n');
  process.exit(2);
}
const sets: Record<string, Record<string, () => Uint8Array>> = { '2': SYNTHETIC2, '3': SYNTHETIC3, '4': SYNTHETIC4, '5': SYNTHETIC5, '6': SYNTHETIC6, '7': SYNTHETIC7, '8': SYNTHETIC8, '9': SYNTHETIC9, '10': SYNTHETIC10, '11': SYNTHETIC11, '12': SYNTHETIC12, '13': SYNTHETIC13, '14': SYNTHETIC14, '15': SYNTHETIC15, '16': SYNTHETIC16, '17': SYNTHETIC17, '18': SYNTHETIC18, '19': SYNTHETIC19, '20': SYNTHETIC20, '21': SYNTHETIC21, '22': SYNTHETIC22, '23': SYNTHETIC23, '24': SYNTHETIC24, '25': SYNTHETIC25, '26': SYNTHETIC26 };
const which = process.argv[3];
if (which !== undefined && !sets[which]) {
  process.stderr.write(`unknown set ${which}: expected one of ${Object.keys(sets).join(', ')}\n`);
  process.exit(2);
}
const papers = Object.assign({}, ...Object.entries(sets).filter(([k]) => which === undefined || k === which).map(([, v]) => v)) as Record<string, () => Uint8Array>;
mkdirSync(dir, { recursive: true });
for (const [key, make] of Object.entries(papers)) writeFileSync(join(dir, `${key}.pdf`), make());
process.stdout.write(`${Object.keys(papers).length} papers written to ${dir}\n`);
