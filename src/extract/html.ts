// HTML to text with block structure and table rows kept (see table.ts).
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { renderTable } from './table';

const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article',
  'blockquote', 'pre', 'hr', 'header', 'footer', 'dd', 'dt', 'dl', 'address', 'title',
]);
const SKIP = new Set(['script', 'style', 'head', 'noscript', 'template']);

export function htmlToText(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true });
  const out: string[] = [];
  walk(doc.children, out);
  return tidy(out.join(''));
}

function walk(nodes: ChildNode[], out: string[]): void {
  for (const node of nodes) {
    if (node.type === 'text') out.push((node as unknown as { data: string }).data.replace(/\s+/g, ' '));
    else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const el = node as Element;
      const name = el.name.toLowerCase();
      if (SKIP.has(name)) continue;
      if (name === 'table') {
        out.push('\n', renderTable(tableRows(el)), '\n');
        continue;
      }
      const block = BLOCK.has(name);
      if (block) out.push('\n');
      walk(el.children, out);
      if (block) out.push('\n');
    } else if ('children' in node) walk((node as Element).children, out);
  }
}

/** Rows of a table, each a list of cell texts; nested tables are flattened into their cell. */
function tableRows(table: Element): string[][] {
  const rows: string[][] = [];
  const visit = (el: Element): void => {
    for (const child of el.children) {
      if (child.type !== 'tag') continue;
      const c = child as Element;
      const name = c.name.toLowerCase();
      if (name === 'tr') {
        rows.push(
          c.children
            .filter((td): td is Element => td.type === 'tag' && ['td', 'th'].includes((td as Element).name.toLowerCase()))
            .map((td) => {
              const parts: string[] = [];
              walk(td.children, parts);
              return parts.join(' ').replace(/\s+/g, ' ').trim();
            }),
        );
      } else if (name !== 'table') visit(c);
    }
  };
  visit(table);
  return rows;
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
