/**
 * Forms from blind set 25 (test/gold/holdout/synthetic25.ts) whose gold has other known gaps
 * (test/ingest/holdout.test.ts), so their fixed fields are checked here: a Welsh record of an
 * individual Cabinet Member's decision ("Record of Decision by an Individual Cabinet Member", its
 * subject in a form's cell, "Penderfyniad / Decision" then "I have decided:"), an "Item No: 7"
 * stamp, and a list numbered "i." … "iv." then "v.".
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../ingest/pipeline.ts';
import { SYNTHETIC25 } from '../../gold/holdout/synthetic25.ts';

const extract = (key: string) => extractDocument({ file: `${key}.pdf`, data: SYNTHETIC25[key]!() });

describe('set 25 forms', () => {
  it('reads a bilingual record of an individual Cabinet Member decision: its type, subject, date and decisions', async () => {
    const part = (await extract('s25-fostering-allowances-decision')).parts[0]!;
    expect([part.type, part.title, part.meetingDate]).toEqual(['decision-record', 'Foster Carer, Kinship Carer and Special Guardianship Allowances 2026/27', '2026-03-09']);
    expect(part.recommendations.map((r) => [r.label, r.status, r.text.slice(0, 30)])).toEqual([
      ['1.', 'approved', 'to increase the weekly allowan'],
      ['2.', 'approved', 'to increase the weekly skills '],
      ['3.', 'approved', 'to note the full-year cost of '],
    ]);
  });

  it('reads "Item No: 7" as the agenda item', async () => {
    expect((await extract('s25-sexual-health-procurement')).parts[0]!.agendaItem).toBe('7');
  });

  it('reads "v." after "iv." as the next roman numeral, not the letter v', async () => {
    const recs = (await extract('s25-garden-waste-charge')).parts[0]!.recommendations;
    expect(recs.map((r) => r.label)).toEqual(['i.', 'ii.', 'iii.', 'iv.', 'v.']);
    expect(recs[4]!.text).toMatch(/^delegates authority to the Director of Place/);
  });
});
