/** Generality checks on the shared corpus (skipped when it is not on this machine). */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from './fixtures.ts';

const KENT = '/work/shared/corpus/kent-cabinet';
const have = existsSync(KENT);

describe.skipIf(!have)('corpus', () => {
  it('types a whole document as an appendix from its running "Appendix L" header', async () => {
    const doc = await extract(`${KENT}/2025-01-30_Appendix_L_-_Treasury_Management_Strategy_2025-26.pdf`);
    expect(doc.parts.map((p) => [p.type, p.title, p.firstPage, p.lastPage])).toEqual([['appendix', 'Appendix L – Treasury Management Strategy', 1, 22]]);
    expect(doc.parts[0]!.paragraphs.find((p) => p.number === '1')).toMatchObject({ page: 1, section: 'Introduction' });
  });

  it('splits a supplementary pack into letter, report and impact assessment, mapping the item from the letter', async () => {
    const doc = await extract(`${KENT}/2025-01-30_pack_Item_7_-_Supplementary_-_2400109_-_Transfer_the_18-25_section_of_the_Strengthening_Independence_Ser.pdf`);
    expect(doc.parts.map((p) => [p.type, p.firstPage, p.lastPage, p.agendaItem])).toEqual([
      ['agenda', 1, 2, null],
      ['report', 3, 12, '7'],
      ['other', 13, 22, null],
    ]);
    expect(doc.parts[1]).toMatchObject({ council: 'Kent County Council', committee: 'Cabinet', meetingDate: '2025-01-30' });
  });
});
