/**
 * Runs every fact parser over one part. Pure: a PartDraft's lines and paragraphs in, facts out.
 * Order matters only where a parser reads another's output (tables → amounts/posts/work
 * programme; recommendations/resolutions → commitments).
 */
import type { Paragraph, Part } from '../model.ts';
import type { PartDraft, ParseInput } from '../layout/types.ts';
import { parseAcronyms } from './acronyms.ts';
import { parseAmounts } from './amounts.ts';
import { parseCommitments } from './commitments.ts';
import { parsePosts } from './posts.ts';
import { parseRecommendations } from './recommendations.ts';
import { parseResolutions } from './resolutions.ts';
import { parseTables } from './tables.ts';
import { parseWorkProgramme } from './work-programme.ts';
import { tableDecisionsOf } from './minutes-table.ts';

export function parseFacts(draft: PartDraft, paragraphs: Paragraph[]): Part {
  const tables = parseTables(draft.pages);
  const { pages: _pages, ...meta } = draft;
  const input: ParseInput = {
    meta,
    lines: draft.pages.flatMap((p) => p.lines),
    paragraphs,
    tables,
  };
  const recommendations = parseRecommendations(input);
  // minutes set out as a table give both resolutions and promises: read once
  const tabled = tableDecisionsOf(input);
  const resolutions = parseResolutions(input, tabled);
  return {
    ...meta,
    paragraphs,
    tables,
    recommendations,
    resolutions,
    amounts: parseAmounts(input),
    posts: parsePosts(input),
    commitments: parseCommitments(input, recommendations, resolutions, tabled),
    workProgramme: parseWorkProgramme(input),
    acronyms: parseAcronyms(input),
  };
}
