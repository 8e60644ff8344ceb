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

function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell);
    });
    rows.push(Array.from(cells, (c) => c ?? ''));
  });
  return rows;
}

export async function extractXlsx(content: Buffer): Promise<string> {
  const { default: Excel } = await import('exceljs'); // loaded on first use: it is slow to load
  const workbook = new Excel.Workbook();
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => `Sheet: ${sheet.name}\n${renderTable(sheetRows(sheet))}`).join('\n\n');
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
  return renderTable(sheetRows(sheet));
}
