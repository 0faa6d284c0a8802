import { describe, expect, it } from 'vitest';
import { terms } from '../../src/answer/text.ts';
import { buildVocabulary, fastTerms } from '../../src/answer/vocabulary.ts';
import { buildSnapshot } from '../../src/answer/corpus.ts';
import { walkTexts } from '../../src/store/snapshot-reads.ts';
import { answerCorpus, seedDb } from '../helpers/seed-db.ts';

const texts = [
  'Approves the use of the Contain Outbreak Management Fund, as per the proposed funding plan.',
  'The Contain Outbreak Management Fund – update on status and detail of projects.',
  'Discharge to Assess Pilot - Tuvida | Integrated Strategic Commissioning | 312,000',
  'To embed a Discharge to Assess model across acute settings.',
  '3 FTE temporary Social Workers (Band B) posts to 31st March 2022.',
  '1 fte Social Worker post in Bassetlaw at Hay Band B.',
  'The Multi-Agency Safeguarding Hub and the Multi-Agency Safeguarding Hub team.',
  'Children’s Services café — naïve Coördination',
  'The £4.2m budget – 2024/25 • “Older People’s” services ½ ² ª µ º ×3',
  'Ｆｕｌｌ－ｗｉｄｔｈ ﬁnance ﬂows',
];

describe('vocabulary pass', () => {
  it('tokenises exactly as text.ts terms (ASCII fast path and Unicode)', () => {
    for (const t of texts) expect(fastTerms(t)).toEqual(terms(t));
  });

  it('streams every public text once: unit count, document frequencies, no exempt words', () => {
    const db = seedDb(answerCorpus());
    const pub = buildSnapshot(db, false);
    const all = buildSnapshot(db, true);
    const rows = [...walkTexts(db, false)];
    expect(pub.unitCount).toBe(rows.length);
    expect(all.unitCount).toBeGreaterThan(pub.unitCount);
    // "coordination" is in the LAC report's title, so every unit of that part holds it
    const lacPart = [...pub.parts.values()].find((p) => p.title === 'Developing Local Area Coordination Support in Nottinghamshire')!;
    expect(pub.vocab.get('coordination')).toBeGreaterThanOrEqual(pub.unitsPerPart.get(lacPart.id)!);
    const exemptWords = [...all.vocab.keys()].filter((w) => !pub.vocab.has(w));
    expect(exemptWords.length).toBeGreaterThan(0);
    const v = buildVocabulary(db, false, pub.partTokens);
    expect(v.vocab).toEqual(pub.vocab);
    db.close();
  });
});
