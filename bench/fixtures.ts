// Deterministic synthetic inputs for the benchmarks: school-office prose with a
// sprinkling of names, identifiers and sensitive terms, and attachments of each type.
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

let seed = 42;
function random(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];

const FIRST = ['Amelia', 'Oliver', 'Priya', 'Hamza', 'Zoë', 'Kieran', 'Maisie', 'Łukasz', 'Aisha', 'Declan', 'Ruby', 'Ethan'];
const LAST = ['Hart', 'Sutcliffe', 'Raman', 'Robinson', 'Hughes', 'Malik', 'Nowak', 'Thompson', 'Campbell', 'Evans'];
const PLAIN = [
  'The coach will leave from the main gate at half past eight on Thursday.',
  'Please return the signed consent slip to the school office by Friday.',
  'Year 9 options evening takes place in the hall from six until eight.',
  'We have attached the updated timetable for the spring term.',
  'The invoice for the minibus hire is enclosed with the purchase order number.',
  'Thank you for your help with the book fair; we raised a great deal for the library.',
  'Staff training on the new behaviour system is on the first inset day.',
  'The kitchen will serve a hot lunch and a packed lunch option on the trip.',
];
const SENSITIVE = [
  () => `${pick(FIRST)} ${pick(LAST)} has been diagnosed with asthma and carries an inhaler.`,
  () => `${pick(FIRST)} ${pick(LAST)} (UPN A873402110070) is on SEN support for dyslexia.`,
  () => `Please update the NHS number for ${pick(FIRST)} to 943 476 5919.`,
  () => `${pick(FIRST)} ${pick(LAST)} is eligible for free school meals this year.`,
  () => `National Insurance number for ${pick(FIRST)} ${pick(LAST)}: MA329614A.`,
];

/** People named about ordinary things: what most outbound school mail looks like. */
const NAMED = [
  () => `${pick(FIRST)} ${pick(LAST)} will lead the assembly on Monday morning.`,
  () => `Many thanks to ${pick(FIRST)} ${pick(LAST)} for organising the football fixtures.`,
];

/**
 * About `bytes` of text: mostly ordinary office mail, one sentence in ten sensitive;
 * with `clean`, people are named only about ordinary things (mail a gateway lets through).
 */
export function schoolText(bytes: number, options: { clean?: boolean } = {}): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentence = random() < 0.1 ? pick(options.clean ? NAMED : SENSITIVE)() : pick(PLAIN);
    parts.push(sentence);
    size += sentence.length + 1;
    if (random() < 0.2) parts.push('\n\n');
  }
  return parts.join(' ');
}

export function csvRows(rows: number): string {
  const lines = ['Name,UPN,DOB,FSM'];
  for (let i = 0; i < rows; i++) lines.push(`${pick(FIRST)} ${pick(LAST)},A873402110070,0${(i % 9) + 1}/03/2012,${i % 3 ? 'N' : 'Y'}`);
  return lines.join('\n');
}

export async function xlsx(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Pupils').addRows(csvRows(rows).split('\n').map((l) => l.split(',')));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The same rows as a legacy Excel 97-2003 workbook (BIFF8), written by SheetJS. */
export function xls(rows: number): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(csvRows(rows).split('\n').map((l) => l.split(','))), 'Pupils');
  return XLSX.write(book, { type: 'buffer', bookType: 'biff8' }) as Buffer;
}

export async function docx(paragraphs: number): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const body = Array.from({ length: paragraphs }, () => `<w:p><w:r><w:t>${escapeXml(schoolText(400))}</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function zipOf(name: string, content: Buffer | string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * A small valid PDF with one text line per row, with a correct xref table; with `fields`, a
 * fill-in form whose text fields hold those values ([name, value], as a filled-in referral form);
 * with `notes`, sticky-note comments ([author, text]) on the page.
 */
export function pdf(lines: string[], fields: [string, string][] = [], notes: [string, string][] = []): Buffer {
  const clean = (s: string) => s.replace(/[()\\]/g, '');
  const text = lines.map((l, i) => `BT /F1 9 Tf 40 ${800 - (i % 80) * 10} Td (${clean(l)}) Tj ET`).join('\n');
  const fieldRefs = fields.map((_, i) => `${6 + i} 0 R`).join(' ');
  const annotRefs = [...fields, ...notes].map((_, i) => `${6 + i} 0 R`).join(' ');
  const objects = [
    fields.length ? `<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [${fieldRefs}] >> >>` : '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R${annotRefs ? ` /Annots [${annotRefs}]` : ''} /Resources << /Font << /F1 5 0 R >> >> >>`,
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...fields.map(([name, value], i) => `<< /Type /Annot /Subtype /Widget /FT /Tx /T (${clean(name)}) /V (${clean(value)}) /Rect [40 ${600 - i * 30} 300 ${620 - i * 30}] /P 3 0 R >>`),
    ...notes.map(([author, note], i) => `<< /Type /Annot /Subtype /Text /T (${clean(author)}) /Contents (${clean(note)}) /Rect [500 ${700 - i * 30} 520 ${720 - i * 30}] /P 3 0 R >>`),
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

export function rtf(rows: number): string {
  const row = (cells: string[]) => `\\trowd\\cellx2000\\cellx4000\\cellx6000 ${cells.map((c) => `\\intbl ${c}\\cell`).join(' ')}\\row\n`;
  return `{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Calibri;}}\\f0 Group list\\par\n${row(['Name', 'DOB', 'Notes'])}${Array.from({ length: rows }, (_, i) => row([`${pick(FIRST)} ${pick(LAST)}`, `0${(i % 9) + 1}/05/2011`, i % 4 ? 'None' : 'Asthma - inhaler'])).join('')}}`;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
