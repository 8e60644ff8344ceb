// PPTX slides and OpenDocument (ODT, ODS, ODP) content, read from their ZIP containers.
import type { Limits } from '../../config/schema';
import type { ExpansionBudget } from '../limits';
import { entryText, readZip } from '../zip';
import { markupToText, type MarkupVocabulary } from '../markup';

/** DrawingML text (slides, SmartArt), and the text of PowerPoint's comments (`p:text`; modern comments use DrawingML). */
export const DRAWING_ML: MarkupVocabulary = {
  xmlMode: true,
  blocks: new Set(['a:p', 'a:br', 'p:cm']),
  text: new Set(['a:t', 'p:text']),
  skip: new Set(),
  table: 'a:tbl',
  row: 'a:tr',
  cells: new Set(['a:tc']),
};

const ODF: MarkupVocabulary = {
  xmlMode: true,
  blocks: new Set(['text:p', 'text:h', 'text:list-item', 'text:line-break']),
  text: null,
  skip: new Set(),
  table: 'table:table',
  row: 'table:table-row',
  cells: new Set(['table:table-cell']),
};

const slideNumber = (name: string): number => Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);
/** Slides and their notes, and comments and SmartArt text, which are parts of their own. */
const PPTX_TEXT_PARTS = /^ppt\/(?:(?:slides|notesSlides)\/\w+\d+|comments\/\w+|diagrams\/data\d+)\.xml$/;
/** Each slide with its notes, in slide order; then the comments and SmartArt. */
const partOrder = (name: string): number => (/^ppt\/(?:slides|notesSlides)\//.test(name) ? 0 : 1);

export async function extractPptx(content: Buffer, limits: Limits, budget: ExpansionBudget): Promise<string> {
  const entries = await readZip(content, limits, budget, (n) => PPTX_TEXT_PARTS.test(n));
  if (!entries.some((e) => e.name.startsWith('ppt/slides/'))) throw new Error('PPTX without slides');
  return entries
    .sort((a, b) => partOrder(a.name) - partOrder(b.name) || slideNumber(a.name) - slideNumber(b.name))
    .map((e) => markupToText(entryText(e), DRAWING_ML))
    .join('\n\n');
}

/** The text of an OpenDocument's styles: its page headers and footers, nothing else there is text. */
const ODF_STYLES: MarkupVocabulary = { ...ODF, text: new Set(['style:header', 'style:footer', 'style:header-left', 'style:footer-left', 'style:header-first', 'style:footer-first']) };

/** The body (content.xml), then page headers and footers, which live with the styles (styles.xml). */
export async function extractOpenDocument(content: Buffer, limits: Limits, budget: ExpansionBudget): Promise<string> {
  const entries = await readZip(content, limits, budget, (n) => n === 'content.xml' || n === 'styles.xml');
  // An encrypted content.xml has no content: that is no readable body either.
  const xmlOf = (name: string) => entries.find((e) => e.name === name)?.content?.toString('utf8');
  const body = xmlOf('content.xml');
  if (body === undefined) throw new Error('OpenDocument without content.xml');
  const styles = xmlOf('styles.xml');
  return [markupToText(body, ODF), styles ? markupToText(styles, ODF_STYLES) : ''].filter(Boolean).join('\n\n');
}
