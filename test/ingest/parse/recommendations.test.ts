import { describe, expect, it } from 'vitest';
import { parseRecommendations } from '../../../ingest/parse/recommendations.ts';
import type { Line } from '../../../ingest/layout/types.ts';
import { operativeVerb } from '../../../ingest/parse/verbs.ts';
import { parseInputFromText } from '../../helpers/parse-input.ts';
import { expectGoldMatches, goldFor, goldScore } from '../../gold/decisions/assert.ts';

const T = 120_000;

describe('parseRecommendations on the gold papers', () => {
  for (const gold of goldFor('recommendations')) {
    it(`${gold.name}: recommendations field by field`, () => expectGoldMatches(gold, 'recommendations'), T);
  }
  it('precision and recall ≥ 0.95 over the gold set', async () => {
    const s = await goldScore('recommendations');
    expect(s.expected).toBeGreaterThan(30);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  }, T);
});

describe('parseRecommendations formats', () => {
  it('keeps a decision whose items are its terms as one recommendation, and takes the "That …" after it', () => {
    const input = parseInputFromText(
      [
        'RECOMMENDATION: GRANT outline planning permission subject to conditions and a',
        'Section 106 agreement securing:',
        '(a) 30% affordable housing (54 dwellings); and',
        '(b) a primary education contribution of £1,142,000.',
        'That authority be delegated to the Head of Planning to finalise the conditions.',
        '',
        '1. SITE DESCRIPTION',
        '1.1 The site extends to 9.6 hectares.',
      ].join('\n'),
      { type: 'report' },
    );
    // the heading and its wrapped second line are set in bold
    for (const l of input.lines.slice(0, 2)) l.bold = true;
    expect(parseRecommendations(input).map((r) => [r.label, r.verb, r.text])).toEqual([
      [null, 'grant', 'GRANT outline planning permission subject to conditions and a Section 106 agreement securing: (a) 30% affordable housing (54 dwellings); and (b) a primary education contribution of £1,142,000.'],
      [null, 'delegate', 'That authority be delegated to the Head of Planning to finalise the conditions.'],
    ]);
  });

  it('reads "RECOMMENDATION/S  That Committee: 1) … 2) …" with verbs, cites and items across a page break', () => {
    const input = parseInputFromText(
      [
        'Reason/s for Recommendation/s',
        '33. The positive impact of integrated team working has been demonstrated.',
        'RECOMMENDATION/S',
        'That Committee:',
        '- 1) approves the proposed implementation of the pilot, which will',
        'deliver an integrated approach',
        '- 2) agrees to receive a follow up report in six months on the progress being made to deliver the',
        'Page 7 of 8',
        'pilot.',
        '- 3) approves the strategy to publish the findings, as outlined in paragraphs 18 – 21.',
        'Jane North',
        'Transformation Programme Director',
      ].join('\n'),
    );
    const recs = parseRecommendations(input);
    expect(recs.map((r) => [r.label, r.verb, r.page])).toEqual([
      ['1)', 'approve', 1],
      ['2)', 'agree', 1],
      ['3)', 'approve', 8],
    ]);
    expect(recs[0]!.text).toBe('approves the proposed implementation of the pilot, which will deliver an integrated approach');
    expect(recs[1]!.text).toBe('agrees to receive a follow up report in six months on the progress being made to deliver the pilot.');
    expect(recs[2]!.cites).toEqual(['18', '19', '20', '21']);
    expect(recs.every((r) => r.status === 'proposed')).toBe(true);
  });

  it('takes the verb from the lead-in when the item has none, and upper-case verbs from the item', () => {
    const input = parseInputFromText(
      ['Recommendation(s):', 'The Cabinet is asked to AGREE:', 'a) the Commissioning Plan for Education 2025-29', 'b) DELEGATE authority to the Director to finalise it.', '1. Introduction'].join('\n'),
    );
    const recs = parseRecommendations(input);
    expect(recs.map((r) => [r.label, r.verb, r.text])).toEqual([
      ['a)', 'agree', 'the Commissioning Plan for Education 2025-29'],
      ['b)', 'delegate', 'DELEGATE authority to the Director to finalise it.'],
    ]);
  });

  it('reads a numbered section "5. RECOMMENDATION 5.1 County Council endorses …" with its paragraph number', () => {
    const input = parseInputFromText(
      ['5. RECOMMENDATION', '5.1 County Council endorses the attached Strategy and', 'authorises its publication.', '6. Background Documents', '6.1 None.'].join('\n'),
    );
    const recs = parseRecommendations(input);
    expect(recs).toEqual([
      { label: '5.1', verb: 'endorse', text: 'County Council endorses the attached Strategy and authorises its publication.', page: 1, paragraph: '5.1', cites: [], status: 'proposed' },
    ]);
  });

  it('reads one unlabelled sentence, and roman-numeral items', () => {
    const one = parseRecommendations(parseInputFromText('RECOMMENDATION\nThat the committee considers whether any amendments are required to the work programme.\nMarjorie Toward'));
    expect(one.map((r) => [r.label, r.verb, r.text])).toEqual([[null, 'consider', 'That the committee considers whether any amendments are required to the work programme.']]);
    const roman = parseRecommendations(
      parseInputFromText(['Recommendation(s):', 'Cabinet is asked to', '(i) NOTE the Inspector’s Report;', '(ii) NOTE the appraisal; and,', '(iii) ENDORSE the proposal to County Council.', '1. Introduction'].join('\n')),
    );
    expect(roman.map((r) => [r.label, r.verb])).toEqual([
      ['(i)', 'note'],
      ['(ii)', 'note'],
      ['(iii)', 'endorse'],
    ]);
  });

  it('does not take the Purpose paragraph, the Reasons heading or prose mentioning recommendations', () => {
    const input = parseInputFromText(
      [
        'Purpose of the Report',
        '1. The purpose of the report is to seek approval of the following:',
        'a. the proposed implementation of the pilot',
        'b. to receive a follow up report in six months.',
        'Reason/s for Recommendation/s',
        '2. The recommendations fall within the remit of the Committee.',
        'Recommendations included:',
        'a) removing barriers to integration',
      ].join('\n'),
    );
    expect(parseRecommendations(input)).toEqual([]);
  });

  it('keeps a repeated recommendations section once, at its first page', () => {
    const input = parseInputFromText(
      ['Recommendation(s):', 'Cabinet is asked to agree the Commissioning Plan for 2025-29.', '1. Introduction', '\f', '9 Recommendation(s):', '8.1 Cabinet is asked to agree the Commissioning Plan for 2025-29.', '10. Background Documents'].join('\n'),
    );
    const recs = parseRecommendations(input);
    expect(recs.map((r) => [r.label, r.page])).toEqual([[null, 1]]);
  });

  it('reads the Decision of a record of decision; a signed record is approved, a proposed one proposed', () => {
    const lines = ['KENT COUNTY COUNCIL – RECORD OF DECISION', 'Decision:', 'The Cabinet agree to:', 'a) note the forecast overspend', 'b) Note and agree the Capital budget changes', 'Reason(s) for decision:', 'The position needs to be noted.'];
    const signed = parseRecommendations(parseInputFromText(lines.join('\n'), { type: 'decision-record' }));
    expect(signed.map((r) => [r.label, r.verb, r.status])).toEqual([
      ['a)', 'note', 'approved'],
      ['b)', 'note', 'approved'],
    ]);
    const proposed = parseRecommendations(parseInputFromText(lines.join('\n').replace('– RECORD', '– PROPOSED RECORD'), { type: 'decision-record' }));
    expect(proposed.map((r) => r.status)).toEqual(['proposed', 'proposed']);
  });

  it('reads "Decision(s) recommended" with "a." items', () => {
    const t = ['Decision(s) recommended', 'That the Executive:', 'a. approves the revised fees and charges set out in Appendix 1;', 'b. authorises the Director to implement them from 1 April 2025.', 'Background papers', 'None.'].join('\n');
    expect(parseRecommendations(parseInputFromText(t)).map((r) => [r.label, r.verb, r.text])).toEqual([
      ['a.', 'approve', 'approves the revised fees and charges set out in Appendix 1;'],
      ['b.', 'authorise', 'authorises the Director to implement them from 1 April 2025.'],
    ]);
  });

  it('reads nothing from minutes', () => {
    expect(parseRecommendations(parseInputFromText('RECOMMENDATIONS\nThat Committee:\n1) approves the plan.', { type: 'minutes' }))).toEqual([]);
  });
});

/** A line of cells at the given x positions (about 5pt a character), 14pt below the previous one. */
function row(page: number, y: number, cells: Array<[number, string]>, bold = false): Line {
  const cs = cells.map(([x, text]) => ({ x, xEnd: x + text.length * 5, text }));
  return { page, y, x: cs[0]!.x, xEnd: cs[cs.length - 1]!.xEnd, text: cs.map((c) => c.text).join(' '), fontSize: 11, bold, cells: cs };
}

describe('parseRecommendations on other councils\' layouts (held-out audit, H11)', () => {
  it('reads recommendations set as a table with a cross-reference column, under "2 | Recommendations"', () => {
    const input = parseInputFromText('');
    input.lines = [
      row(3, 480, [[72, '2 | Recommendations']], true),
      row(3, 500, [[72, '2.1'], [127, 'Note the forecast revenue overspend of £23.3m (excluding Schools)'], [560, 'Please refer to Section 3']]),
      row(4, 42, [[72, '2.2'], [127, 'Consider and note the progress on the delivery of savings'], [560, 'See Section 4']]),
      // The item's text centred on its label row: text line, label row, text line.
      row(4, 60, [[127, 'Note the Reserves Monitoring, Treasury Management and Prudential']]),
      row(4, 66, [[72, '2.3'], [560, 'Please refer to Section 7, 8, and Appendix 3']]),
      row(4, 73, [[127, 'Indicators Monitoring']]),
      row(5, 47, [[72, '3 | Revenue Budget Forecast']], true),
      row(5, 67, [[72, 'The forecast revenue outturn position is an overspend of +£23.3m.']]),
    ];
    expect(parseRecommendations(input).map((r) => [r.label, r.verb, r.text, r.page])).toEqual([
      ['2.1', 'note', 'Note the forecast revenue overspend of £23.3m (excluding Schools)', 3],
      ['2.2', 'note', 'Consider and note the progress on the delivery of savings', 4],
      ['2.3', 'note', 'Note the Reserves Monitoring, Treasury Management and Prudential Indicators Monitoring', 4],
    ]);
  });

  it('reads "It is RECOMMENDED that: (i) … be approved; (ii) authority be delegated …" with passive verbs', () => {
    const t = [
      'RECOMMENDATIONS',
      'It is RECOMMENDED that:',
      '(i) the allocation of the grant of £412,500 set out in Appendix A be approved;',
      '(ii) authority be delegated to the Head of Housing to make minor changes; and',
      '(iii) a report on the outcomes be brought back to Cabinet in March 2026.',
      'Reasons for recommendations',
      'To ensure the grant is spent in line with the strategy.',
    ].join('\n');
    expect(parseRecommendations(parseInputFromText(t)).map((r) => [r.label, r.verb])).toEqual([
      ['(i)', 'approve'],
      ['(ii)', 'delegate'],
      ['(iii)', null],
    ]);
  });
});

describe('parseRecommendations: headings and lead-ins other councils use', () => {
  const labelsAndText = (lines: string[]) => parseRecommendations(parseInputFromText(lines.join('\n'))).map((r) => [r.label, r.text]);
  const items = ['(a) approve the revised fees and charges for 2025/26;', '(b) note the consultation responses.'];
  const expected = [
    ['(a)', 'approve the revised fees and charges for 2025/26;'],
    ['(b)', 'note the consultation responses.'],
  ];

  it('reads a heading that names the body it is for', () => {
    expect(labelsAndText(['RECOMMENDATIONS TO CABINET', 'Cabinet is asked to:', ...items])).toEqual(expected);
    expect(labelsAndText(['Recommendations for the Committee:', ...items])).toEqual(expected);
  });

  it('reads "Recommended decision(s)", "Decisions required", "RECOMMENDATION(S)" and "RECOMMENDED:"', () => {
    expect(labelsAndText(['Recommended decision(s)', 'The Executive is recommended to:', ...items])).toEqual(expected);
    expect(labelsAndText(['Decisions required', ...items])).toEqual(expected);
    expect(labelsAndText(['RECOMMENDATION(S)', 'Members are asked to note the report.'])).toEqual([[null, 'Members are asked to note the report.']]);
    expect(labelsAndText(['RECOMMENDED:', 'That the revised fees and charges for 2025/26 be approved.'])).toEqual([
      [null, 'That the revised fees and charges for 2025/26 be approved.'],
    ]);
  });

  it('reads a recommendation stated without a heading, as one sentence or as a lead-in to items', () => {
    expect(labelsAndText(['Summary', 'It is recommended that Cabinet approves the revised fees and charges for 2025/26.', 'Background'])).toEqual([
      [null, 'It is recommended that Cabinet approves the revised fees and charges for 2025/26.'],
    ]);
    expect(labelsAndText(['Purpose', 'To set fees.', 'The Cabinet is recommended to:', ...items, 'Reasons for recommendations', 'Fees must be set.'])).toEqual(expected);
  });

  it('takes "2.1 It is recommended that the Committee:" under a numbered heading as the lead-in of its items', () => {
    const recs = parseRecommendations(parseInputFromText(['2. Recommendations', '2.1 It is recommended that the Committee:', '(i) approves the revised fees;', '(ii) notes the responses.'].join('\n')));
    expect(recs.map((r) => [r.label, r.verb])).toEqual([
      ['(i)', 'approve'],
      ['(ii)', 'note'],
    ]);
  });

  it('does not read prose that only mentions a recommendation', () => {
    expect(labelsAndText(['Background', 'The Committee recommended last year that officers review the fees.', 'Officers are reviewing them.'])).toEqual([]);
    expect(labelsAndText(['Background', 'Recommendations to improve the service were made by the auditors.'])).toEqual([]);
  });
});

describe('operativeVerb', () => {
  it('takes the decision after "consider and", a passive verb, and a noun after an article as no verb', () => {
    expect(operativeVerb('Cabinet is asked to consider and agree to the proposed decision')).toBe('agree');
    expect(operativeVerb('consider any proposed amendments from Cabinet Committees.')).toBe('consider');
    expect(operativeVerb('that a grant of £500 be awarded to the Scout Group')).toBe('award');
    expect(operativeVerb('That the review be noted')).toBe('note');
    expect(operativeVerb('That Committee approves the plan')).toBe('approve');
  });
});

describe('parseRecommendations: more ways of setting them out', () => {
  it('reads "1.1 That the Committee:" under a numbered heading as the lead-in of numbered items', () => {
    const recs = parseRecommendations(
      parseInputFromText(['1. Recommendations', '1.1 That the Committee:', '  1. agrees an annual charge of £58 for 2026/27;', '  2. notes the review of collection rounds.', '2. Background'].join('\n')),
    );
    expect(recs.map((r) => [r.label, r.verb, r.status])).toEqual([
      ['1.', 'agree', 'proposed'],
      ['2.', 'note', 'proposed'],
    ]);
  });

  it('reads a decision notice\'s "Decision taken:" as decisions made', () => {
    const recs = parseRecommendations(
      parseInputFromText(['NORTH HARLAND COMBINED AUTHORITY', 'DECISION NOTICE', 'Decision taken:', 'The Combined Authority Board:', '(a) approved a budget of £18.4 million;', '(b) delegated authority to the Director of Transport.', 'Reasons for the decision:'].join('\n')),
    );
    expect(recs.map((r) => [r.label, r.status])).toEqual([
      ['(a)', 'approved'],
      ['(b)', 'approved'],
    ]);
  });

  it('reads "That the General Purposes Committee RECOMMENDS to Council that:" with passive items, and "The Employment Committee is also asked to note …"', () => {
    const recs = parseRecommendations(
      parseInputFromText(['2. Recommendations', '2.1 That the General Purposes Committee RECOMMENDS to Council that:', '(a) the draft recommendations be approved for consultation;', '(b) the revised timetable be adopted.', 'The General Purposes Committee is also asked to note the responses.', '3. Background'].join('\n')),
    );
    expect(recs.map((r) => [r.label, r.verb])).toEqual([
      ['(a)', 'approve'],
      ['(b)', 'adopt'],
      [null, 'note'],
    ]);
  });

  it('reads a review\'s "R1 That …" list where it stands, and a notice\'s "The Sub-Committee decided:"', () => {
    const review = parseRecommendations(
      parseInputFromText(['3. The Group’s recommendations', 'R1 That the Council adopts a target of 10 working days.', 'R2 That Cabinet funds one additional post.', '4. Financial implications', 'The post costs £52,800.'].join('\n')),
    );
    expect(review.map((r) => [r.label, r.verb, r.text])).toEqual([
      ['R1', 'adopt', 'That the Council adopts a target of 10 working days.'],
      ['R2', 'fund', 'That Cabinet funds one additional post.'],
    ]);
    const notice = parseRecommendations(
      parseInputFromText(['STANDARDS HEARING SUB-COMMITTEE', 'DECISION NOTICE', '4. Sanctions', 'The Sub-Committee decided:', '(a) to recommend that Councillor Harrowby be formally censured; and', '(b) that this decision notice be published.', '5. Reasons'].join('\n'), { type: 'decision-record' }),
    );
    expect(notice.map((r) => [r.label, r.verb, r.status])).toEqual([
      ['(a)', 'recommend', 'approved'],
      ['(b)', 'publish', 'approved'],
    ]);
  });
});

describe('parseRecommendations: recommendations to partners and run-in headings without a space', () => {
  it('reads "Each partner council is recommended to:" and "Recommendations.The Panel is recommended to:"', () => {
    const partners = parseInputFromText(
      ['2.2 Each partner council is recommended to:', '(a) include in its 2026/27 budget the contribution set out in Table 2; and', '(b) confirm its contribution to the Treasurer by 31 January 2026.', '3. Budget'].join('\n'),
      { type: 'report' },
    );
    expect(parseRecommendations(partners).map((r) => r.label)).toEqual(['(a)', '(b)']);
    const glued = parseInputFromText(
      ['Recommendations.The Panel is recommended to:', '(a) note the progress made since June 2025;', '(b) endorse the revised action plan.', 'Case numbers. Between April and January …'].join('\n'),
      { type: 'report' },
    );
    expect(parseRecommendations(glued).map((r) => r.verb)).toEqual(['note', 'endorse']);
  });

  it('reads "That the Joint Committee:" and "… recommends to each partner council that it:" as lead-ins of lettered items', () => {
    const i = parseInputFromText(
      [
        '2. Recommendations',
        '2.1 That the Joint Committee:',
        '(a) approves the full business case for the shared service;',
        '(b) notes that 41 posts will transfer under TUPE on 1 October 2026.',
        '2.2 That the Joint Committee recommends to each partner council that it:',
        '(a) agrees to enter into an Inter-Authority Agreement; and',
        '(b) includes its contribution shown in Table 1 in its 2026/27 revenue budget.',
        '3. Background',
      ].join('\n'),
      { type: 'report' },
    );
    expect(parseRecommendations(i).map((r) => [r.label, r.verb])).toEqual([
      ['(a)', 'approve'],
      ['(b)', 'note'],
      ['(a)', 'agree'],
      ['(b)', 'include'],
    ]);
    expect(operativeVerb('to add the scheme to the capital programme')).toBe('add');
    // a verb's word inside a name is the name's ("the Exceptional Hardship Fund be increased")
    expect(operativeVerb('the Exceptional Hardship Fund be increased from £60,000 to £90,000 for 2026/27; and')).toBe('increase');
    expect(operativeVerb('declares the former depot at Quarry Lane surplus to requirements;')).toBe('declare');
    expect(operativeVerb('to report back to the Scrutiny Panel by March 2027')).toBe('report');
  });

  it('reads a numbered recommendation after a lettered list ("2.1 … that it: (a) … (b) …" then "2.2 That the Committee notes …")', () => {
    const i = parseInputFromText(
      [
        '2. RECOMMENDATIONS',
        '2.1 That the Committee recommends to Council that it:',
        '(a) approves an increase in the key decision threshold to £500,000;',
        '(b) agrees that the changes take effect from 1 April 2026.',
        '2.2 That the Committee notes that a review of the thresholds will',
        'be reported to this Committee in January 2027.',
        '3. BACKGROUND',
        '3.1 The threshold was set in 2012.',
      ].join('\n'),
      { type: 'report' },
    );
    expect(parseRecommendations(i).map((r) => [r.label, r.verb, r.text.slice(0, 40)])).toEqual([
      ['(a)', 'approve', 'approves an increase in the key decision'],
      ['(b)', 'agree', 'agrees that the changes take effect from'],
      ['2.2', 'note', 'That the Committee notes that a review o'],
    ]);
  });
});

describe('parseRecommendations: heading and lead-in on one line, a numbered sentence', () => {
  it('reads "2. Recommendations    That the Executive:" then lettered items', () => {
    const input = parseInputFromText(
      [
        '2. Recommendations          That the Executive:',
        '(a) agrees that the leisure centres be operated by a local authority trading company;',
        '(b) approves one-off implementation costs of £612,000; and',
        '(c) notes that 187 staff are expected to transfer to the company.',
        '3. Background',
      ].join('\n'),
    );
    expect(parseRecommendations(input).map((r) => [r.label, r.verb])).toEqual([
      ['(a)', 'agree'],
      ['(b)', 'approve'],
      ['(c)', 'note'],
    ]);
  });

  it('labels a numbered sentence that is the one recommendation with its number ("2.1 The Panel is asked to review …")', () => {
    const input = parseInputFromText(['2. Recommendation', '2.1 The Panel is asked to review the proposed precept and to make a report to the Commissioner.', '3. The proposed precept'].join('\n'));
    expect(parseRecommendations(input).map((r) => [r.label, r.verb, r.text])).toEqual([['2.1', 'review', 'The Panel is asked to review the proposed precept and to make a report to the Commissioner.']]);
  });

  it('reads an individual cabinet member decision record ("RECORD OF AN INDIVIDUAL CABINET MEMBER DECISION") as decisions made', () => {
    const input = parseInputFromText(
      ['QUILLINGTON COUNCIL', 'RECORD OF AN INDIVIDUAL CABINET MEMBER DECISION', 'Decision', 'I have decided:', '1. to approve the transfer of the former library to the Trust; and', '2. to award a capital grant of £120,000 to the Trust.', 'Reasons for the decision', 'The library closed in 2024.'].join('\n'),
    );
    expect(parseRecommendations(input).map((r) => [r.label, r.verb, r.status])).toEqual([
      ['1.', 'approve', 'approved'],
      ['2.', 'award', 'approved'],
    ]);
  });
});

describe('parseRecommendations: more lead-ins and lists', () => {
  it('reads "1.1 The Health and Wellbeing Board is asked to:" as the lead-in of lettered items', () => {
    const input = parseInputFromText(['1 Recommendations', '1.1 The Health and Wellbeing Board is asked to:', 'a) endorse the strategy at Appendix 1;', 'b) note the £1.12m of funding.'].join('\n'));
    expect(parseRecommendations(input).map((r) => [r.label, r.verb])).toEqual([
      ['a)', 'endorse'],
      ['b)', 'note'],
    ]);
  });

  it('reads a roman list whose first label "i." could be a letter', () => {
    const input = parseInputFromText(['Recommendations', 'That the Executive:', 'i. adopts the Strategy at Appendix 1;', 'ii. approves the creation of 4.0 FTE posts; and', 'iii. agrees that progress be reported annually.'].join('\n'));
    expect(parseRecommendations(input).map((r) => [r.label, r.verb])).toEqual([
      ['i.', 'adopt'],
      ['ii.', 'approve'],
      ['iii.', 'agree'],
    ]);
  });

  it('reads a decision notice\'s wrapped "Having considered …, the Sub-Committee decided that:" and a numbered "4.1 The Sub-Committee decided to impose …:"', () => {
    const input = parseInputFromText(
      [
        'DECISION NOTICE',
        '3. Decision',
        '3.1 Having considered the investigation report, the written and oral submissions of the',
        'parties and the views of the Independent Person, the Sub-Committee decided that:',
        '(a) Councillor Ruddock failed to comply with the Code of Conduct; and',
        '(b) Councillor Ruddock did not breach paragraph 3.1 (bullying).',
        '4. Sanctions',
        '4.1 The Sub-Committee decided to impose the following sanctions:',
        '(i) that Councillor Ruddock be formally censured;',
        '(ii) that this decision notice be published on the website.',
      ].join('\n'),
    );
    expect(parseRecommendations(input).map((r) => [r.label, r.status])).toEqual([
      ['(a)', 'approved'],
      ['(b)', 'approved'],
      ['(i)', 'approved'],
      ['(ii)', 'approved'],
    ]);
  });
});
