import { describe, expect, it } from 'vitest';
import { agendaItemsInScope, contactParagraphs, openingTexts, resolutionsByRef } from '../../src/store/question-reads.ts';
import { seedDb } from '../helpers/seed-db.ts';
import { makeDocument, makeParagraph, makePart, makeResolution, sha } from '../helpers/documents.ts';

function db() {
  return seedDb([
    makeDocument({ file: 'minutes.pdf', sha256: sha('minutes'), parts: [
      makePart({ type: 'minutes', committee: 'Cabinet', meetingDate: '2025-01-09', classification: 'public',
        resolutions: [makeResolution({ ref: '82', title: 'Corporate Risk Register', items: [{ label: null, text: 'that Cabinet note the report.' }] })] }),
      makePart({ type: 'minutes', committee: 'Cabinet', meetingDate: '2025-01-09', classification: 'exempt',
        resolutions: [makeResolution({ ref: '83', title: 'Land sale', items: [{ label: null, text: 'that the sale be agreed.' }] })] }),
    ] }),
    makeDocument({ file: 'agenda.pdf', sha256: sha('agenda'), parts: [makePart({ type: 'agenda', committee: 'Cabinet', meetingDate: '2025-03-13',
      paragraphs: [
        makeParagraph({ number: null, page: 1, section: null, text: 'Council Chamber, Sessions House' }),
        makeParagraph({ number: '1', page: 1, section: 'UNRESTRICTED ITEMS', text: 'Apologies' }),
        makeParagraph({ number: '3', page: 1, section: 'UNRESTRICTED ITEMS', text: 'Consideration of Decision 24/00093' }),
        makeParagraph({ number: null, page: 2, section: 'Lead Officer', text: 'Sharon Thompson E-mail: sharon.thompson@example.gov.uk' }),
      ] })] }),
  ]);
}

describe('reads a question makes when it names something particular', () => {
  it('resolutionsByRef: by minute number, within the scope, never an exempt part for a public question', () => {
    const d = db();
    expect(resolutionsByRef(d, ['82'], { includeExempt: false }).resolution?.map((r) => r.ref)).toEqual(['82']);
    expect(resolutionsByRef(d, ['83'], { includeExempt: false }).resolution).toEqual([]);
    expect(resolutionsByRef(d, ['83'], { includeExempt: true }).resolution?.map((r) => r.ref)).toEqual(['83']);
    expect(resolutionsByRef(d, ['82'], { includeExempt: false, from: '2025-02-01' }).resolution).toEqual([]);
    d.close();
  });

  it("agendaItemsInScope: only an agenda's numbered items; contactParagraphs: the contact block", () => {
    const d = db();
    expect(agendaItemsInScope(d, { includeExempt: false }, 10, null).paragraph?.map((p) => p.text)).toEqual(['Apologies', 'Consideration of Decision 24/00093']);
    expect(agendaItemsInScope(d, { includeExempt: false }, 10, '2025-04-01').paragraph).toEqual([]);
    const part = d.prepare("SELECT id FROM parts WHERE type = 'agenda'").pluck().get() as number;
    expect(contactParagraphs(d, [part]).paragraph?.map((p) => p.text)).toEqual(['Sharon Thompson E-mail: sharon.thompson@example.gov.uk']);
    // the part's own names and the headings its opening paragraphs stand under come first
    const opening = openingTexts(d, [part], 2).get(part)!;
    expect(opening.slice(-3)).toEqual(['UNRESTRICTED ITEMS', 'Council Chamber, Sessions House', 'Apologies']);
    expect(opening).toContain('Cabinet');
    expect(opening).toContain('Kent County Council');
    expect(opening).not.toContain('Consideration of Decision 24/00093');
    d.close();
  });
});
