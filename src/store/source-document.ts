/**
 * The source of a result as every answer cites it (title · committee · date · item), built from
 * the columns a query selects from `parts` and `documents`.
 */
import type { SourceDocument } from '../answer/model.ts';

export interface SourceColumns {
  file: string;
  url: string | null;
  title: string | null;
  council: string | null;
  committee: string | null;
  meeting_date: string | null;
  agenda_item: string | null;
}

export function sourceDocumentOf(r: SourceColumns): SourceDocument & { url: string | null } {
  return {
    file: r.file,
    title: r.title,
    committee: r.committee,
    council: r.council,
    meetingDate: r.meeting_date,
    agendaItem: r.agenda_item,
    url: r.url,
  };
}
