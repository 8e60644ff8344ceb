import { entryText, type ZipEntryContent } from '../zip';
import { htmlToText } from '../html';
import { markupToText, type MarkupVocabulary } from '../markup';
import { DRAWING_ML } from './office-xml';

/**
 * Parts mammoth leaves out: page headers and footers ("CONFIDENTIAL - CP file: Harvey Cole"),
 * comments and SmartArt text; and the body again, for its text boxes.
 */
export const DOCX_EXTRA_PARTS = /^word\/(?:header\d*|footer\d*|comments|document|diagrams\/data\d+)\.xml$/;
const BODY = 'word/document.xml';
const TEXT_BOX = /<w:txbxContent\b[^>]*>[\s\S]*?<\/w:txbxContent>/g;

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
  const body = htmlToText(result.value);
  const extras = extraParts
    .filter((part) => part.name !== BODY)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((part) => markupToText(entryText(part), part.name.startsWith('word/diagrams/') ? DRAWING_ML : WORD).trim());
  const document = extraParts.find((part) => part.name === BODY);
  const textBoxes = document ? textBoxesMissingFrom(body, entryText(document)) : [];
  return [body, ...new Set([...extras, ...textBoxes].filter(Boolean))].join('\n\n');
}

/**
 * mammoth reads a text box only from its VML fallback, which Word writes but other tools often
 * do not: a DrawingML-only text box ("Medical: Harvey has epilepsy") would go out unread.
 * Text boxes whose text mammoth already gave are not repeated.
 */
function textBoxesMissingFrom(body: string, xml: string): string[] {
  if (!xml.includes('txbxContent')) return [];
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  const read = flat(body);
  return (xml.match(TEXT_BOX) ?? []).map((box) => markupToText(box, WORD)).filter((text) => text && !read.includes(flat(text)));
}
