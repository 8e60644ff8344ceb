// Text of HTML and of the XML inside PPTX and OpenDocument files: block elements
// become lines, tables become header-labelled rows (table.ts). One walker; each
// format names its elements.
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { renderTable } from './table';

export interface MarkupVocabulary {
  xmlMode: boolean;
  /** Elements that start and end a line. */
  blocks: Set<string>;
  /** Elements whose text is content; null: all text nodes are content. */
  text: Set<string> | null;
  /** Elements skipped with everything inside. */
  skip: Set<string>;
  table: string;
  row: string;
  cells: Set<string>;
}

export function markupToText(source: string, vocab: MarkupVocabulary): string {
  const doc = parseDocument(source, { xmlMode: vocab.xmlMode, decodeEntities: true });
  const out: string[] = [];
  walk(doc.children, vocab, out, vocab.text === null);
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function walk(nodes: ChildNode[], vocab: MarkupVocabulary, out: string[], inText: boolean): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      if (inText) out.push((node as unknown as { data: string }).data.replace(/\s+/g, ' '));
      continue;
    }
    if (!('children' in node)) continue;
    const el = node as Element;
    const name = vocab.xmlMode ? el.name : el.name?.toLowerCase();
    if (name && vocab.skip.has(name)) continue;
    if (name === vocab.table) {
      out.push('\n', renderTable(rowsOf(el, vocab)), '\n');
      continue;
    }
    const block = name !== undefined && vocab.blocks.has(name);
    if (block) out.push('\n');
    walk(el.children, vocab, out, inText || (name !== undefined && (vocab.text?.has(name) ?? false)));
    if (block) out.push('\n');
  }
}

/** Rows of a table, each a list of cell texts; a nested table is flattened into its cell. */
function rowsOf(table: Element, vocab: MarkupVocabulary): string[][] {
  const nameOf = (el: Element) => (vocab.xmlMode ? el.name : el.name.toLowerCase());
  const rows: string[][] = [];
  const visit = (el: Element): void => {
    for (const child of el.children) {
      if (child.type !== 'tag') continue;
      const c = child as Element;
      const name = nameOf(c);
      if (name === vocab.row) {
        rows.push(
          c.children
            .filter((cell): cell is Element => cell.type === 'tag' && vocab.cells.has(nameOf(cell as Element)))
            .map((cell) => {
              const parts: string[] = [];
              walk(cell.children, vocab, parts, vocab.text === null);
              return parts.join(' ').replace(/\s+/g, ' ').trim();
            }),
        );
      } else if (name !== vocab.table) visit(c);
    }
  };
  visit(table);
  return rows;
}
