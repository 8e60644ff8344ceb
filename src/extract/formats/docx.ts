import type { ZipEntryContent } from '../zip';
import { htmlToText } from '../html';
import { markupToText, type MarkupVocabulary } from '../markup';

/** Parts mammoth leaves out: page headers and footers ("CONFIDENTIAL - CP file: Harvey Cole") and comments. */
export const DOCX_EXTRA_PARTS = /^word\/(?:header\d*|footer\d*|comments)\.xml$/;

const WORD: MarkupVocabulary = {
  xmlMode: true,
  blocks: new Set(['w:p', 'w:br']),
  text: new Set(['w:t']),
  skip: new Set(),
  table: 'w:tbl',
  row: 'w:tr',
  cells: new Set(['w:tc']),
};

/** DOCX via mammoth's HTML, so tables keep their rows and headers; then its headers, footers and comments. */
export async function extractDocx(content: Buffer, extraParts: ZipEntryContent[] = []): Promise<string> {
  const { default: mammoth } = await import('mammoth'); // loaded on first use
  const result = await mammoth.convertToHtml({ buffer: content });
  const extras = [...extraParts]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((part) => markupToText((part.content ?? Buffer.alloc(0)).toString('utf8'), WORD).trim())
    .filter(Boolean);
  return [htmlToText(result.value), ...new Set(extras)].join('\n\n');
}
