// Legacy Excel workbooks (.xls, Excel 97-2003 and 5.0: BIFF records in an OLE compound
// file) through SheetJS, which reads every BIFF version and codepage. Each sheet becomes
// header-labelled rows, as an XLSX sheet does, with the notes on its cells. SheetJS runs
// in a thread of its own (legacy-excel-read.ts): it can loop forever on a damaged file.
import CFB from 'cfb';
import { runIsolated } from '../isolated';
import type { LegacyDocument, OleContainer } from './ole';

/** True when the container holds an Excel workbook stream (BIFF8 "Workbook", BIFF5 "Book"). */
export function holdsExcelWorkbook(container: OleContainer): boolean {
  return Boolean(CFB.find(container, 'Workbook') ?? CFB.find(container, 'Book'));
}

export function extractLegacyExcel(content: Buffer, timeoutMs: number): Promise<LegacyDocument> {
  return runIsolated<LegacyDocument>('formats/legacy-excel-read', content, timeoutMs, 'reading the Excel workbook');
}
