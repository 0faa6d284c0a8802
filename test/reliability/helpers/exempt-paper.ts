/**
 * A tiny exempt committee report (NOT FOR PUBLICATION, Schedule 12A paragraph 3) with words
 * found nowhere else, a recommendation, a £ amount and a promise to report back in three months
 * (meeting 4 March 2025 → due June 2025). Parsed by the real pipeline in the tests.
 */
import { textPdf } from './make-pdf.ts';

/** Words and figures that exist only in the exempt paper. */
export const EXEMPT_WORDS = ['Zephyrwold', 'Quillanby', 'Marrowfield', '4,375,000', '4375000', '4.4m', '4.38m'];

export function exemptPaperPdf(): Uint8Array {
  return textPdf([
    [
      'NOT FOR PUBLICATION',
      'This report contains exempt information as defined in paragraph 3 of Part 1 of Schedule 12A',
      'to the Local Government Act 1972 (information relating to the financial or business affairs).',
      '',
      'From:           Corporate Director of Growth, Environment and Transport',
      '',
      'To:             Cabinet - 4th March 2025',
      '',
      'Subject:        Zephyrwold Quarry Land Acquisition',
      '',
      'Summary:',
      '',
      'This paper sets out the proposed purchase of the Zephyrwold quarry site from Quillanby',
      'Holdings Limited for the Marrowfield depot relocation.',
      '',
      'Recommendations:',
      '',
      'Cabinet is asked to:',
      '',
      '1) APPROVE the acquisition of the Zephyrwold quarry site from Quillanby Holdings Limited',
      'for the Marrowfield depot relocation at a price of £4,375,000.',
      '2) AGREE to receive a report in three months on the Zephyrwold quarry acquisition.',
      '',
      '1.    Introduction',
      '',
      '1.1   The Zephyrwold quarry acquisition will cost £4,375,000 in 2025-26, funded from the',
      'capital programme. Cabinet will receive a report in three months on the Zephyrwold',
      'quarry acquisition and the Marrowfield depot relocation.',
    ],
  ]);
}

/**
 * The exempt words found in `text` (case-insensitive), leaving out words the user typed in
 * `asked` (an answer may repeat the question: "Nothing found about Zephyrwold").
 */
export function leakedWords(text: string, words: readonly string[] = EXEMPT_WORDS, asked = ''): string[] {
  const lower = text.toLowerCase();
  const typed = asked.toLowerCase();
  return words.filter((w) => lower.includes(w.toLowerCase()) && !typed.includes(w.toLowerCase()));
}
