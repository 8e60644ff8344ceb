// Legacy Excel workbooks (.xls, Excel 97-2003 and 5.0: BIFF records in an OLE compound
// file) through SheetJS, which reads every BIFF version and codepage. Each sheet becomes
// header-labelled rows, as an XLSX sheet does, with the notes on its cells.
import CFB from 'cfb';
import type { OleContainer } from './ole';
import { sheetText, type SheetCell } from './spreadsheet';

/** True when the container holds an Excel workbook stream (BIFF8 "Workbook", BIFF5 "Book"). */
export function holdsExcelWorkbook(container: OleContainer): boolean {
  return Boolean(CFB.find(container, 'Workbook') ?? CFB.find(container, 'Book'));
}

export type LegacyExcel = { encrypted: true } | { encrypted: false; text: string };

export async function extractLegacyExcel(content: Buffer): Promise<LegacyExcel> {
  const XLSX = await import('@e965/xlsx'); // loaded on first use
  let workbook: ReturnType<typeof XLSX.read>;
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
