import { describe, expect, it } from 'vitest';
import { tableDecisions } from '../../../ingest/parse/minutes-table.ts';
import { extractDocument } from '../../../ingest/pipeline.ts';
import { SYNTHETIC6 } from '../../gold/holdout/synthetic6.ts';
import type { Line } from '../../../ingest/layout/types.ts';

let y = 0;
/** A line of cells at the given x positions. */
function row(cells: Array<[number, string]>, gap = 14): Line {
  y += gap;
  const c = cells.map(([x, text]) => ({ x, xEnd: x + text.length * 5, text }));
  return { page: 1, y, x: c[0]!.x, xEnd: c[c.length - 1]!.xEnd, text: cells.map(([, t]) => t).join(' '), fontSize: 10, bold: false, cells: c };
}

describe('tableDecisions', () => {
  it('reads each item\'s decision cell, its title from the discussion and its deadline, skipping procedural items', () => {
    y = 0;
    const lines = [
      row([[40, 'Item'], [64, 'Discussion'], [246, 'Decision/Action'], [466, 'Owner'], [530, 'Deadline']]),
      row([[40, '1'], [64, 'Apologies from Cllr Tennyson.'], [246, 'Noted.']]),
      row([[40, '3'], [64, 'Care leavers’ exemption. The Panel'], [246, 'Panel endorsed extending the exemption.'], [466, 'Head of'], [530, '01/04/2026']]),
      row([[64, 'heard that 212 care leavers receive it.'], [466, 'Revenues']]),
      row([[40, '4'], [64, 'Placement sufficiency. 38 children placed far away.'], [246, 'Strategy to come to January meeting.'], [530, '20/01/2026']]),
      row([[72, 'The meeting closed at 3.40 pm.']]),
    ];
    expect(tableDecisions(lines)).toEqual([
      { item: '3', title: 'Care leavers’ exemption', decision: 'Panel endorsed extending the exemption.', deadline: '01/04/2026', page: 1 },
      { item: '4', title: 'Placement sufficiency', decision: 'Strategy to come to January meeting.', deadline: '20/01/2026', page: 1 },
    ]);
  });

  it('gives a minutes table\'s decisions as resolutions and its deadlines as promises', async () => {
    const doc = await extractDocument({ file: 'cpp.pdf', data: SYNTHETIC6['s6-corporate-parenting-minutes']!() });
    const part = doc.parts[0]!;
    expect(part.resolutions.map((r) => [r.ref, r.outcome, r.text])).toEqual([
      ['2', 'approved', 'Agreed as a correct record.'],
      ['3', 'approved', 'Panel endorsed extending the exemption to age 25.'],
      ['4', 'agreed', 'Sufficiency strategy to come to January meeting.'],
      ['5', 'noted', 'Noted. VSH to circulate PEP audit findings.'],
      ['6', 'agreed', 'Director to write to the CiCC with a response.'],
      ['7', 'noted', 'Update noted; no further action.'],
    ]);
    expect(part.commitments.map((c) => [c.due, c.source])).toEqual([
      ['2026-04-01', 'resolution'],
      ['2026-01-20', 'resolution'],
      ['2025-11-30', 'resolution'],
      ['2025-12-12', 'resolution'],
    ]);
  }, 60_000);
});
