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

// Comma-separated rows pasted into a message ("Name, DOB, Ethnicity, SEN"): a header of three or more
// short cells without full stops; rows have as many cells.
const CSV_HEADER = /^[^,\n.!?]{1,40}(?:,[^,\n.!?]{1,40}){2,}$/m;
/** ...or of two cells when the first names whom each row is about ("Name,Allergy" above "Tom Reed,nuts"): not "Thanks, Amelia". */
const PERSON_PAIR_HEADER = /^[ \t]*(?:name|full name|pupil|pupil name|student|student name|child|child's name|learner|staff|staff name|employee|surname|forename|first name)[ \t]*,[ \t]*\p{L}[^,\n.!?]{0,39}$/iu;
/** ...whose rows each open with a full name ("Tom Reed,nuts"), so a sign-off under it ("Thanks, Amelia") ends them. */
const PERSON_PAIR_ROW = /^(?!(?:Kind|Best|Many|Warm|With|Yours)\b)\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,3}$/u;
/** The longest start of such a header before its comma. */
const PERSON_PAIR_LEAD = 20;
/** A comma-separated table: the header line it opens with and, where rows must open with one, what their first cell holds. */
interface CsvLayout {
  header: RegExp;
  firstCell?: RegExp;
}
const CSV_TABLE: CsvLayout = { header: CSV_HEADER };
const PERSON_PAIR_TABLE: CsvLayout = { header: PERSON_PAIR_HEADER, firstCell: PERSON_PAIR_ROW };
const csvCells = (line: string): string[] => line.split(',').map((c) => c.trim());
/** A column name: up to four words of letters (and a digit or sign: "Year 7", "D/O/B"), not code ('register("chrome"'). */
const CSV_HEADER_CELL = /^\p{L}[\p{L}\d'&/#_-]*(?: [\p{L}\d'&/#_()-]+){0,3}$/u;

export function labelTextTables(text: string): string {
  // A table needs a tab, a pipe or two spaces between columns, or a header of comma-separated cells:
  // one-character searches and one anchored pattern are far cheaper than reading every line, and most mail has none.
  const csvLayout = threeListLines(text) && CSV_HEADER.test(text) ? CSV_TABLE : hasPersonPairHeader(text) ? PERSON_PAIR_TABLE : null;
  if (csvLayout === null && !text.includes('\t') && !text.includes('|') && !/ {2}\S/.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const rows = csvLayout ? csvRowsUnder(lines, i, csvLayout) : 0;
    if (rows >= MIN_ROWS) {
      out.push(renderTable(lines.slice(i, i + 1 + rows).map(csvCells)));
      i += rows;
      continue;
    }
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

/**
 * Three lines in a row with two commas or more each: what a header and two comma-separated rows
 * need. Hopping from comma to comma is far cheaper than a pattern tried at every line, and prose
 * paragraphs, each one line, are kept apart by blank lines.
 */
function threeListLines(text: string): boolean {
  let run = 0; // lines in a row with two commas or more, up to the last one closed
  let lastListEnd = -2; // where the last such line ends
  let lineStart = 0;
  let lineEnd = -1;
  let commas = 0;
  const close = (): boolean => {
    if (commas < 2) return false;
    run = lineStart === lastListEnd + 1 ? run + 1 : 1;
    lastListEnd = lineEnd;
    return run >= 3;
  };
  for (let at = text.indexOf(','); at >= 0; at = text.indexOf(',', at + 1)) {
    if (at > lineEnd) {
      if (close()) return true;
      lineStart = text.lastIndexOf('\n', at) + 1;
      const end = text.indexOf('\n', at);
      lineEnd = end < 0 ? text.length : end;
      commas = 0;
    }
    commas++;
  }
  return close();
}

/** A line that is a two-cell header naming whom its rows are about, found from comma to comma rather than by a pattern tried at every character. */
function hasPersonPairHeader(text: string): boolean {
  for (let at = text.indexOf(','); at >= 0; at = text.indexOf(',', at + 1)) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (at - lineStart > PERSON_PAIR_LEAD) continue;
    const lineEnd = text.indexOf('\n', at);
    if (PERSON_PAIR_HEADER.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) return true;
  }
  return false;
}

/** How many comma-separated rows follow line `i` when it is such a header: lines with as many cells, the first empty or different one ending them. */
function csvRowsUnder(lines: string[], i: number, layout: CsvLayout): number {
  const line = lines[i]!;
  if (line.includes('\t') || line.includes('|') || !layout.header.test(line)) return 0;
  const header = csvCells(line);
  if (!header.every((c) => CSV_HEADER_CELL.test(c))) return 0;
  let rows = 0;
  while (i + 1 + rows < lines.length) {
    const row = csvCells(lines[i + 1 + rows]!);
    if (row.length !== header.length || row.every((c) => c === '')) break;
    if (layout.firstCell && !layout.firstCell.test(row[0]!)) break;
    rows++;
  }
  return rows;
}
