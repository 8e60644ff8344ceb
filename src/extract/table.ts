// Tables become one line per row with each cell labelled by its column header
// ("UPN: A123... | Ethnicity: WBRI"), so that a header is context for every cell
// below it and a row stays one unit for "about a person" and bulk counting.

const MAX_HEADER_CELL = 60;

/** How a row renderTable labelled begins ("Name: x | UPN: y"): detection reads such lines as rows, and does not label them again. */
export const LABELLED_ROW_START = /^[^|]{1,60}: /;

/** True when a row looks like column headers: short, mostly letters, no long digit runs. */
function looksLikeHeader(row: string[]): boolean {
  const cells = row.map((c) => c.trim()).filter(Boolean);
  if (cells.length < 2) return false;
  return cells.every((c) => c.length <= MAX_HEADER_CELL && !/\d{4,}/.test(c) && /\p{L}/u.test(c));
}

/**
 * School-data acronyms that database exports write in lower case ("sen_status", "fsm"): in a header
 * they are the acronym, which detection reads in capitals only (in prose "send" is a verb).
 */
const HEADER_ACRONYMS = new Set(['sen', 'send', 'fsm', 'upn', 'uln', 'nhs', 'ni', 'nino', 'dob', 'pp', 'lac', 'cla', 'cic', 'eal', 'cp', 'cin', 'ehcp', 'ehc', 'aln', 'utr', 'dsl']);

/**
 * Database-style headers read as words, so "NHS_Number", "SortCode" or "sen.status"
 * label a cell as "NHS Number", "Sort Code" and "SEN status" do.
 */
export function labelOf(header: string): string {
  const words = header.replace(/[_.]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').replace(/\s+/g, ' ').trim();
  return words.replace(/\b[a-z]+\b/g, (word) => (HEADER_ACRONYMS.has(word) ? word.toUpperCase() : word));
}

export function renderTable(rows: string[][]): string {
  const clean = rows.map((r) => r.map((c) => c.replace(/\s+/g, ' ').trim())).filter((r) => r.some(Boolean));
  if (clean.length === 0) return '';
  const headerIndex = clean.findIndex(looksLikeHeader);
  // Only treat a row as the header when it starts the table (allowing one title row above it).
  const header = headerIndex >= 0 && headerIndex <= 1 && clean.length > headerIndex + 1 ? clean[headerIndex] : null;
  const lines: string[] = [];
  clean.forEach((row, i) => {
    if (header && i <= (headerIndex as number)) {
      lines.push(row.filter(Boolean).map((cell) => (i === headerIndex ? labelOf(cell) : cell)).join(' | '));
      return;
    }
    if (!header) {
      lines.push(row.filter(Boolean).join(' | '));
      return;
    }
    const cells = row.map((cell, c) => (cell ? (header[c] ? `${labelOf(header[c])}: ${cell}` : cell) : '')).filter(Boolean);
    lines.push(cells.join(' | '));
  });
  return lines.join('\n');
}
