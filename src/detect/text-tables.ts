// Plain-text tables, columns aligned with runs of spaces or tabs, or separated by
// pipes ("Name | Condition", Markdown's "| Name | Condition |"), under a header line,
// become header-labelled rows like every other table (extract/table.ts).
import { LABELLED_ROW_START, renderTable } from '../extract/table';

const COLUMN_GAP = /\t+| {2,}/;
const MIN_ROWS = 2;
/** A Markdown rule under the header ("|---|:---:|"). */
const PIPE_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
// Rows labelled already must not be labelled twice.
const isPipeLine = (line: string): boolean => line.includes('|') && !LABELLED_ROW_START.test(line.trim());

function cellsOf(line: string): string[] {
  const trimmed = line.trim();
  if (isPipeLine(trimmed)) return trimmed.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
  return trimmed.split(COLUMN_GAP).map((c) => c.trim());
}

const separated = (line: string): boolean => isPipeLine(line.trim()) || COLUMN_GAP.test(line.trim());

function isTableLine(line: string, columns: number, pipes: boolean): boolean {
  if (pipes !== isPipeLine(line.trim())) return false;
  const cells = cellsOf(line);
  return cells.length >= Math.max(2, columns - 1) && cells.length <= columns + 1 && !/^>/.test(line.trim()) && (pipes || !/^\|/.test(line.trim()));
}

export function labelTextTables(text: string): string {
  // A table needs a tab, a pipe or two spaces between columns: one-character searches are far
  // cheaper than a pattern tried at every position, and most mail has none of them.
  if (!text.includes('\t') && !text.includes('|') && !/ {2}\S/.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = cellsOf(lines[i]);
    const headerLike = header.length >= 2 && header.every((c) => c.length > 0 && c.length <= 40 && !/\d{3,}/.test(c));
    if (!headerLike || !separated(lines[i]) || /^>/.test(lines[i].trim())) {
      out.push(lines[i]);
      continue;
    }
    const pipes = isPipeLine(lines[i].trim());
    let end = i + 1;
    if (pipes && PIPE_RULE.test(lines[end]?.trim() ?? '')) end++;
    const firstRow = end;
    while (end < lines.length && lines[end].trim() && separated(lines[end]) && isTableLine(lines[end], header.length, pipes)) end++;
    if (end - firstRow < MIN_ROWS) {
      out.push(lines[i]);
      continue;
    }
    out.push(renderTable([header, ...lines.slice(firstRow, end).map(cellsOf)]));
    i = end - 1;
  }
  return out.join('\n');
}
