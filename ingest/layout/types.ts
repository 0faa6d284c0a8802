/**
 * Shapes passed between the ingest stages before the Document model:
 * read-pdf → RawPage[] → layout → LayoutPage[] (lines with cells) → segment → PartDraft[] → parse.
 */
import type { Classification, PartType } from '../model.ts';

/** One positioned run of text from the PDF's text layer (pdf.js coordinates turned top-down). */
export interface TextItem {
  str: string;
  /** Left edge, points from the page's left. */
  x: number;
  /** Baseline, points from the page's top (grows downwards). */
  y: number;
  width: number;
  height: number;
  fontSize: number;
  fontName: string;
  bold: boolean;
}

/** A ruled table found by pdf-parse's getTable() on a page: rows of cell strings. */
export type RuledTable = string[][];

export interface RawPage {
  /** 1-based page number in the PDF. */
  page: number;
  width: number;
  height: number;
  items: TextItem[];
  /** Ruled tables on the page (from pdf-parse getTable), possibly empty. */
  tables: RuledTable[];
}

/** A run of items on one line separated from its neighbours by a wide gap: a table cell candidate. */
export interface Cell {
  x: number;
  xEnd: number;
  text: string;
}

/** A visual line of text: items sharing a baseline, in left-to-right order. */
export interface Line {
  page: number;
  /** Baseline, points from the top. */
  y: number;
  /** Left edge of the first item. */
  x: number;
  /** Right edge of the last item. */
  xEnd: number;
  /** The line's text, items joined with single spaces where there was a gap. */
  text: string;
  fontSize: number;
  /** True when (most of) the line is set in a bold face. */
  bold: boolean;
  /** The line split at wide horizontal gaps; a single cell for ordinary prose. */
  cells: Cell[];
}

export interface LayoutPage {
  page: number;
  width: number;
  height: number;
  /** Lines in reading order with running headers/footers/page numbers removed. */
  lines: Line[];
  tables: RuledTable[];
  /** The running headers/footers/page numbers that were removed (optional; layoutPages fills it). */
  furniture?: Line[];
}

/** Metadata a part states about itself (all optional: null when the paper does not say). */
export interface PartMeta {
  type: PartType;
  title: string | null;
  council: string | null;
  committee: string | null;
  meetingDate: string | null;
  agendaItem: string | null;
  author: string | null;
  classification: Classification;
}

/** A segment of a document before the fact parsers run: its metadata and its pages. */
export interface PartDraft extends PartMeta {
  firstPage: number;
  lastPage: number;
  pages: LayoutPage[];
}

/**
 * What every fact parser (ingest/parse/*.ts) receives: one part's lines in reading order
 * (furniture removed, across its pages), the paragraphs already split, and its metadata.
 * Parsers are pure functions of this input.
 */
export interface ParseInput {
  meta: PartMeta & { firstPage: number; lastPage: number };
  lines: Line[];
  paragraphs: import('../model.ts').Paragraph[];
  tables: import('../model.ts').Table[];
}
