import { describe, expect, it } from 'vitest';
import { CONTACT_LABELS, CONTACT_LEAD, CONTACT_RE } from '../../../ingest/parse/contact-block.ts';

describe('contact block vocabulary', () => {
  it('opens a block on a line that ends with its label', () => {
    expect(CONTACT_LEAD.test('For any enquiries about this report please contact:')).toBe(true);
    expect(CONTACT_LEAD.test('Report Author')).toBe(true);
    expect(CONTACT_LEAD.test('Please contact the team if you have questions about the consultation.')).toBe(false);
  });

  it('recognises a block by a label, "author" or an e-mail address', () => {
    expect(CONTACT_RE.test('Lead Officer: Linzi Adams, Service Manager')).toBe(true);
    expect(CONTACT_RE.test('E: linzi.adams@nottinghamcity.gov.uk T: 0115 876 1234')).toBe(true);
    expect(CONTACT_RE.test('Relevant Director: Richard Smith')).toBe(true);
    expect(CONTACT_RE.test('The authority will consult partners on the proposals.')).toBe(false);
  });

  it('keeps its labels lower case (the store matches them with LIKE)', () => {
    for (const l of CONTACT_LABELS) expect(l).toBe(l.toLowerCase());
  });
});
