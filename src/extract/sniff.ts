// What an attachment really is, from its bytes first and its name or declared
// type only where bytes cannot tell (plain text formats).
import { fromBuffer } from 'file-type';

export type Kind =
  | 'pdf' | 'docx' | 'xlsx' | 'pptx' | 'odt' | 'ods' | 'odp' | 'zip' | 'ole' | 'rtf' | 'html' | 'calendar'
  | 'eml' | 'csv' | 'text' | 'executable' | 'smime' | 'pgp' | 'image' | 'unopened-archive' | 'binary';

const EXECUTABLE_MIMES = new Set([
  'application/x-msdownload', 'application/x-elf', 'application/x-mach-binary', 'application/x-msi',
  'application/vnd.microsoft.portable-executable', 'application/x-executable', 'application/java-archive',
  'application/x-sharedlib', 'application/x-apple-diskimage', 'application/vnd.android.package-archive',
]);

const BY_FILE_TYPE: Record<string, Kind> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
  'application/zip': 'zip',
  'application/x-cfb': 'ole',
  'application/rtf': 'rtf',
};

/**
 * Containers Mailward does not open: their contents could be anything, so they are
 * never taken for clean. TNEF is Outlook's rich-text wrapper (winmail.dat) around
 * the real attachments.
 */
const UNOPENED_ARCHIVES = new Set([
  'application/x-7z-compressed', 'application/x-rar-compressed', 'application/gzip', 'application/x-bzip2', 'application/x-xz',
  'application/x-tar', 'application/vnd.ms-cab-compressed', 'application/zstd', 'application/x-lzip', 'application/x-compress',
  'application/x-lzh-compressed', 'application/x-asar', 'application/x-deb', 'application/x-rpm',
]);
const TNEF_SIGNATURE = Buffer.from([0x78, 0x9f, 0x3e, 0x22]);

const BY_EXTENSION: Record<string, Kind> = {
  pdf: 'pdf', docx: 'docx', docm: 'docx', xlsx: 'xlsx', xlsm: 'xlsx', pptx: 'pptx', odt: 'odt', ods: 'ods', odp: 'odp',
  zip: 'zip', rtf: 'rtf', htm: 'html', html: 'html', ics: 'calendar', eml: 'eml', csv: 'csv', tsv: 'csv',
  txt: 'text', text: 'text', md: 'text', log: 'text', json: 'text', xml: 'text', vcf: 'text',
  doc: 'ole', xls: 'ole', ppt: 'ole', msg: 'ole', p7m: 'smime', asc: 'pgp', gpg: 'pgp', pgp: 'pgp',
};

const BY_CONTENT_TYPE: Record<string, Kind> = {
  'message/rfc822': 'eml', 'text/html': 'html', 'text/calendar': 'calendar', 'text/csv': 'csv',
  'text/plain': 'text', 'application/pkcs7-mime': 'smime', 'application/x-pkcs7-mime': 'smime',
  'application/pgp-encrypted': 'pgp', 'text/rtf': 'rtf',
};

const ZIP_BASED = new Set<Kind>(['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp']);

export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(name.trim());
  return m ? m[1].toLowerCase() : '';
}

export async function sniffKind(content: Buffer, name: string, contentType: string): Promise<Kind> {
  const detected = await fromBuffer(content).catch(() => undefined);
  if (detected) {
    if (EXECUTABLE_MIMES.has(detected.mime) || detected.ext === 'exe') return 'executable';
    const kind = BY_FILE_TYPE[detected.mime];
    // A ZIP named as an Office or OpenDocument file goes to that extractor, which calls it corrupt if it is not.
    const named = BY_EXTENSION[extensionOf(name)];
    if (kind === 'zip' && named && ZIP_BASED.has(named)) return named;
    if (kind) return kind;
    if (UNOPENED_ARCHIVES.has(detected.mime)) return 'unopened-archive';
    if (detected.mime.startsWith('image/')) return 'image';
  }
  if (content.subarray(0, 4).equals(TNEF_SIGNATURE) || contentType.split(';')[0].trim() === 'application/ms-tnef') return 'unopened-archive';
  if (isPortableExecutable(content) || content.subarray(0, 4).equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))) return 'executable';
  if (content.subarray(0, 5).toString('latin1') === '{\\rtf') return 'rtf';
  const ext = extensionOf(name);
  const byName = BY_EXTENSION[ext] ?? BY_CONTENT_TYPE[contentType.split(';')[0].trim()];
  // A binary format claimed by name that the bytes did not show goes to its extractor, which reports it corrupt.
  if (byName) return byName;
  if (looksLikeText(content)) return looksLikeHtml(content) ? 'html' : 'text';
  return 'binary';
}

/** "MZ" header whose e_lfanew points at a "PE\0\0" signature. */
export function isPortableExecutable(content: Buffer): boolean {
  if (content.length < 64 || content[0] !== 0x4d || content[1] !== 0x5a) return false;
  const peOffset = content.readUInt32LE(0x3c);
  if (peOffset + 4 > content.length) return content.length < 1024 ? false : true;
  return content.readUInt32LE(peOffset) === 0x00004550;
}

function looksLikeText(content: Buffer): boolean {
  const head = content.subarray(0, 4096);
  let control = 0;
  for (const b of head) if (b === 0 || (b < 9) || (b > 13 && b < 32)) control++;
  return control <= head.length * 0.01;
}

function looksLikeHtml(content: Buffer): boolean {
  return /<(html|body|table|div|p)[\s>]/i.test(content.subarray(0, 2048).toString('latin1'));
}
