// HTML to text with block structure and table rows kept.
import { markupToText, type MarkupVocabulary } from './markup';

const HTML: MarkupVocabulary = {
  xmlMode: false,
  blocks: new Set([
    'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article',
    'blockquote', 'pre', 'hr', 'header', 'footer', 'dd', 'dt', 'dl', 'address', 'title',
  ]),
  text: null,
  skip: new Set(['script', 'style', 'head', 'noscript', 'template']),
  table: 'table',
  row: 'tr',
  cells: new Set(['td', 'th']),
};

export function htmlToText(html: string): string {
  return markupToText(html, HTML);
}
