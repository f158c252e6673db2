/**
 * Plain-text view of a report (command line, tests): each table's title, header, rows as tab-separated
 * cells with Indonesian numbers, and its sentences.
 */
import { cellText } from "./cells";
import type { Report, ReportTable } from "./model";

/** One table's body as rows of display strings (spanned positions are ""). */
export function tableGrid(t: ReportTable): string[][] {
  return t.rows.map((r) => r.cells.map((c) => (c === null ? "" : cellText(c))));
}

export function tableToText(t: ReportTable): string {
  const lines: string[] = [t.title];
  if (t.caption) lines.push(t.caption);
  for (const hr of t.header) lines.push(hr.map((c) => c?.text ?? "").join("\t"));
  lines.push(t.columnNumbers.join("\t"));
  for (const r of tableGrid(t)) lines.push(r.join("\t"));
  lines.push("");
  for (const p of t.paragraphs) lines.push(p);
  return lines.join("\n");
}

export function reportToText(report: Report): string {
  const parts = report.tables.map(tableToText);
  if (report.omitted.length > 0) parts.push(report.omitted.join("\n"));
  return parts.join("\n\n");
}
