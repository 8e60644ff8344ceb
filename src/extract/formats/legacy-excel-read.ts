// The SheetJS side of legacy-excel.ts, run in its own thread (isolated.ts).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import * as XLSX from '@e965/xlsx';
import { serveIsolated } from '../isolated';
import { sheetText, type SheetCell } from './spreadsheet';
import type { LegacyDocument } from './ole';

export function readLegacyExcel(content: Buffer): LegacyDocument {
  let workbook: XLSX.WorkBook;
  try {
    // Formulas, styles and HTML are not content; cellText keeps each value as Excel shows it.
    workbook = XLSX.read(content, { type: 'buffer', cellFormula: false, cellHTML: false, cellStyles: false, cellText: true, cellDates: false });
  } catch (error) {
    // A FILEPASS record (RC4 or XOR "password to open"): encrypted, not corrupt.
    if (error instanceof Error && /password-protected/i.test(error.message)) return { encrypted: true };
    throw error;
  }
  // Every workbook Excel writes has a sheet: none means the records were not a workbook at all.
  if (workbook.SheetNames.length === 0) throw new Error('Excel workbook without readable sheets');
  const sheets = workbook.SheetNames.map((name) => {
    const sheet = workbook.Sheets[name];
    // Only the cells that exist: a sheet's declared range may span millions of empty cells.
    const rows: SheetCell[][] = [];
    for (const address of Object.keys(sheet)) {
      if (address.startsWith('!')) continue;
      const cell = sheet[address] as { w?: string; v?: unknown; c?: { t?: string }[] };
      const { r, c } = XLSX.utils.decode_cell(address);
      (rows[r] ??= [])[c] = { text: cell.w ?? String(cell.v ?? ''), note: (cell.c ?? []).map((note) => note.t ?? '').join(' ') };
    }
    return sheetText(name, rows.filter(Boolean));
  });
  return { encrypted: false, text: sheets.join('\n\n') };
}

if (!isMainThread && parentPort) void serveIsolated(parentPort, workerData as Uint8Array, readLegacyExcel);
