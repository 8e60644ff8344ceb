// Plain-text attachments: UTF-8 when valid (with or without BOM), UTF-16 with a BOM, else Windows-1252.
import iconv from 'iconv-lite';

export function decodeText(content: Buffer): string {
  if (content[0] === 0xff && content[1] === 0xfe) return iconv.decode(content, 'utf16le');
  if (content[0] === 0xfe && content[1] === 0xff) return iconv.decode(content, 'utf16be');
  const utf8 = content.toString('utf8');
  if (!utf8.includes('\uFFFD')) return utf8.replace(/^\uFEFF/, '');
  return iconv.decode(content, 'win1252');
}

/** iCalendar: unfold continuation lines and unescape text values. */
export function extractCalendar(content: Buffer): string {
  return decodeText(content)
    .replace(/\r?\n[ \t]/g, '')
    .replace(/\\n/gi, '\n')
    .replace(/\\([,;\\])/g, '$1');
}
