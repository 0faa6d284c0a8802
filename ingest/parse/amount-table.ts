/** £ figures in table cells: columns headed in £ (or a £ table), each cell scaled by its unit. */
import type { Amount, Table } from '../model.ts';
import type { Paragraph } from '../model.ts';
import { dominantKind, fundingSourceOf, kindOf, periodOf } from './amount-kind.ts';
import { MONEY_IN_TEXT, type MoneyUnit, parseMoney, unitFromText } from './money.ts';
import { isFigure, norm } from './table-draft.ts';

/** Columns that count people, hours or shares, not money (unless their cells carry £). */
const NOT_MONEY = /\b(?:fte|wte|equivalent|number|no\.?|headcount|hours?|%|percent(?:age)?|ref|row|grade|band|scp|posts?|people|clients|beds|units|places|rank|q[1-4])\b|%/i;

function columnUnits(t: Table): Array<MoneyUnit | null> {
  const own = t.header.map((h) => unitFromText(h));
  const anyOwn = own.some((u) => u !== null);
  const stats = t.header.map((_, j) => {
    const cells = t.rows.map((r) => (r.cells[j] ?? '').trim()).filter((c) => c !== '');
    return {
      cells: cells.length,
      pounds: cells.filter((c) => /£/.test(c)).length,
      figures: cells.filter((c) => isFigure(c) || /^[-−]?\(?£/.test(c)).length,
    };
  });
  const anyPounds = stats.some((st) => st.pounds > 0 && st.pounds >= st.cells / 2);
  return t.header.map((h, j) => {
    const st = stats[j]!;
    if (st.cells === 0 || st.figures < st.cells / 2) return null;
    if (st.pounds > 0 && st.pounds >= st.cells / 2) return own[j] ?? t.unit ?? '£';
    if (own[j]) return NOT_MONEY.test(h.replace(/£\S*/g, '')) && !/cost|£/i.test(h) ? null : own[j]!;
    if (anyOwn || anyPounds || !t.unit) return null;
    return NOT_MONEY.test(h) ? null : t.unit;
  });
}

/** The printed figure in a cell: "38,421 (SCP44)" → "38,421"; "£1,600 per new starter 102" → "£1,600". */
function figureIn(cell: string): string | null {
  const c = norm(cell);
  if (isFigure(c)) return c.replace(/\*+$/, '');
  MONEY_IN_TEXT.lastIndex = 0;
  const m = MONEY_IN_TEXT.exec(c);
  if (m) return m[0].trim();
  const lead = /^[-−]?\(?\d[\d,]*(?:\.\d+)?\)?(?=\s|$)/.exec(c);
  return lead && isFigure(lead[0]) ? lead[0] : null;
}

function rowLabel(cells: string[]): string | null {
  const label = cells.find((c) => c.trim() !== '' && !isFigure(c));
  return label ? norm(label) : null;
}

/** A row that has a label and no figures ("Funded By:") heads the rows below it. */
function isSectionRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  return filled.length === 1 && !isFigure(filled[0]!) && filled[0]!.length <= 60;
}

function paragraphOf(paragraphs: Paragraph[], page: number, label: string | null, figure: string): string | null {
  const p = paragraphs.find((q) => q.page <= page && q.page >= page - 1 && q.text.includes(figure) && (!label || q.text.includes(label)));
  return p?.number ?? null;
}

/**
 * The text just before a table ("As seen below the cost of … is …", "APPENDIX A - CAPITAL
 * INVESTMENT SUMMARY"): the paragraph before the first one that carries the table's first row.
 */
function leadInOf(t: Table, paragraphs: Paragraph[]): string | null {
  const first = t.rows[0]?.cells.find((c) => c.trim().length >= 3 && !isFigure(c));
  if (!first) return null;
  const i = paragraphs.findIndex((p) => p.page >= t.page - 1 && p.page <= t.page && p.text.includes(first.trim()));
  if (i <= 0) return null;
  // The nearest paragraph before it that is running text, not another run of table cells.
  const prev = paragraphs.slice(Math.max(0, i - 4), i).reverse().find((p) => !p.text.includes(' | '));
  return prev ? prev.text : null;
}

export function tableAmounts(tables: Table[], paragraphs: Paragraph[], title: string | null = null): Amount[] {
  const out: Amount[] = [];
  tables.forEach((t, ti) => {
    const units = columnUnits(t);
    if (!units.some((u) => u)) return;
    const headerText = t.header.join(' ');
    const fundingCol = t.header.findIndex((h) => /fund(?:ing|ed)\s*(?:source|from|by)|source of fund/i.test(h));
    const figures = t.rows.flatMap((r) => r.cells.filter((c, j) => units[j] && figureIn(c)).map((c) => parseMoney(figureIn(c)!, units[r.cells.indexOf(c)] ?? null) ?? 0));
    const mostlyNegative = figures.filter((v) => v < 0).length > figures.filter((v) => v > 0).length;
    let section: string | null = null;
    const leadIn = leadInOf(t, paragraphs);
    t.rows.forEach((r, ri) => {
      if (isSectionRow(r.cells)) {
        section = norm(r.cells.find((c) => c.trim() !== '')!);
        return;
      }
      const label = rowLabel(r.cells);
      r.cells.forEach((cell, j) => {
        const unit = units[j];
        if (!unit) return;
        const fig = figureIn(cell);
        if (!fig) return;
        const value = parseMoney(fig, unit);
        if (value === null || value === 0) return;
        const columnHeader = t.header[j] ? norm(t.header[j]!) : null;
        const context = r.cells.filter((c) => c.trim() !== '').map(norm).join(' | ');
        const kind =
          value < 0 && mostlyNegative
            ? 'saving'
            : (section && /\bfunded by\b|\bfinanced by\b|\bsources? of funding\b|\bfunding\b/i.test(section) ? 'funding' : null) ??
              kindOf(label) ??
              kindOf(section) ??
              kindOf(columnHeader?.replace(/\btotal\b/i, '')) ??
              kindOf(headerText.replace(/\btotal\b/gi, '')) ??
              dominantKind(leadIn) ??
              kindOf(title) ??
              (value < 0 || mostlyNegative ? 'saving' : 'other');
        const funding = fundingCol >= 0 && fundingCol !== j ? norm(r.cells[fundingCol] ?? '') || null : null;
        out.push({
          text: fig,
          value,
          kind: /\bper\s+(?!annum|year|cent)\w+/i.test(cell.replace(fig, '')) ? 'rate' : kind,
          period: periodOf(columnHeader ?? '') ?? periodOf(cell.replace(fig, ''), 0, 0),
          fundingSource: funding ?? (kind === 'funding' && section && label ? fundingSourceOf(label) ?? label : null),
          subject: label,
          page: r.page,
          paragraph: paragraphOf(paragraphs, r.page, label, fig),
          context,
          table: {
            table: ti,
            row: ri,
            column: j,
            rowHeader: label,
            columnHeader,
            isTotal: r.isTotal || t.totalColumns.includes(j),
          },
        });
      });
    });
  });
  return out;
}
