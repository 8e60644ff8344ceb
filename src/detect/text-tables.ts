// Plain-text tables, columns aligned with runs of spaces or tabs under a header
// line, become header-labelled rows like every other table (extract/table.ts).
import { renderTable } from '../extract/table';

const COLUMN_GAP = /\t+| {2,}/;
const MIN_ROWS = 2;

function cellsOf(line: string): string[] {
  return line.trim().split(COLUMN_GAP).map((c) => c.trim());
}

function isTableLine(line: string, columns: number): boolean {
  const cells = cellsOf(line);
  return cells.length >= Math.max(2, columns - 1) && cells.length <= columns + 1 && !/^[>|]/.test(line.trim());
}

export function labelTextTables(text: string): string {
  if (!/\S(?:\t| {2,})\S/.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = cellsOf(lines[i]);
    const headerLike = header.length >= 2 && header.every((c) => c.length > 0 && c.length <= 40 && !/\d{3,}/.test(c));
    if (!headerLike || !COLUMN_GAP.test(lines[i].trim())) {
      out.push(lines[i]);
      continue;
    }
    let end = i + 1;
    while (end < lines.length && lines[end].trim() && COLUMN_GAP.test(lines[end].trim()) && isTableLine(lines[end], header.length)) end++;
    if (end - i - 1 < MIN_ROWS) {
      out.push(lines[i]);
      continue;
    }
    out.push(renderTable(lines.slice(i, end).map(cellsOf)));
    i = end - 1;
  }
  return out.join('\n');
}
