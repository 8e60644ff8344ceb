// XLSX and CSV through exceljs; every sheet becomes header-labelled rows (table.ts).
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { renderTable } from '../table';
import { decodeText } from './text';

function cellText(cell: ExcelJS.Cell): string {
  try {
    return cell.text ?? '';
  } catch {
    return String(cell.value ?? '');
  }
}

/** A cell's text as shown, and the note (comment) on it, if any. */
export type SheetCell = { text: string; note?: string };

function noteOf(cell: ExcelJS.Cell): string {
  const note = cell.note as string | { texts?: { text?: string }[] } | undefined;
  if (!note) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text ?? '').join('');
}

function sheetRows(sheet: ExcelJS.Worksheet): SheetCell[][] {
  const rows: SheetCell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = { text: cellText(cell), note: noteOf(cell) };
    });
    rows.push(cells);
  });
  return rows;
}

/**
 * A sheet as header-labelled rows. A note on a cell stays in that cell ("Harvey Cole [note: has
 * epilepsy]"), so it is read as part of the row it is about; notes on the header row follow the table,
 * so that a long note does not stop the header labelling the cells below it.
 */
export function sheetText(name: string, rows: SheetCell[][]): string {
  const headerNotes: string[] = [];
  const table = rows.map((row, r) =>
    Array.from(row, (cell) => {
      const text = cell?.text ?? '';
      const note = cell?.note?.replace(/\s+/g, ' ').trim();
      if (!note) return text;
      if (r === 0) {
        headerNotes.push(`Note on ${text || 'a header'}: ${note}`);
        return text;
      }
      return text ? `${text} [note: ${note}]` : `[note: ${note}]`;
    }),
  );
  return [`Sheet: ${name}`, renderTable(table), ...headerNotes].filter(Boolean).join('\n');
}

export async function extractXlsx(content: Buffer): Promise<string> {
  const { default: Excel } = await import('exceljs'); // loaded on first use: it is slow to load
  const workbook = new Excel.Workbook();
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => sheetText(sheet.name, sheetRows(sheet))).join('\n\n');
}

const DELIMITERS = [',', ';', '\t', '|'];

/** The delimiter that splits the first lines into the most, and most consistent, columns. */
export function sniffDelimiter(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim()).slice(0, 20);
  let best = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => l.split(d).length - 1);
    if (counts.length === 0 || counts[0] === 0) continue;
    const consistent = counts.filter((c) => c === counts[0]).length;
    const score = counts[0] * consistent;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

export async function extractCsv(content: Buffer): Promise<string> {
  const text = decodeText(content);
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  // map keeps every value a string: no date guessing, leading zeros of sort codes kept.
  const sheet = await workbook.csv.read(Readable.from([text]), {
    parserOptions: { delimiter: sniffDelimiter(text), relax_column_count: true } as never,
    map: (value: unknown) => value,
  } as never);
  return renderTable(sheetRows(sheet).map((row) => Array.from(row, (cell) => cell?.text ?? '')));
}
