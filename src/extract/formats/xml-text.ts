// Text of the XML inside PPTX and OpenDocument files: paragraphs as lines,
// tables as header-labelled rows.
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { renderTable } from '../table';

export interface XmlVocabulary {
  paragraph: Set<string>;
  text: Set<string> | null; // null: all text nodes count
  table: string;
  row: string;
  cell: string;
  lineBreak: Set<string>;
}

export function xmlToText(xml: string, vocab: XmlVocabulary): string {
  const doc = parseDocument(xml, { xmlMode: true });
  const out: string[] = [];
  walk(doc.children, vocab, out, false);
  return out.join('').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n').trim();
}

function walk(nodes: ChildNode[], vocab: XmlVocabulary, out: string[], inText: boolean): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      if (vocab.text === null || inText) out.push((node as unknown as { data: string }).data);
      continue;
    }
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name === vocab.table) {
      out.push('\n', renderTable(rowsOf(el, vocab)), '\n');
      continue;
    }
    if (vocab.lineBreak.has(el.name)) out.push('\n');
    const isText = inText || (vocab.text?.has(el.name) ?? false);
    walk(el.children, vocab, out, isText);
    if (vocab.paragraph.has(el.name)) out.push('\n');
  }
}

function rowsOf(table: Element, vocab: XmlVocabulary): string[][] {
  const rows: string[][] = [];
  const visit = (el: Element): void => {
    for (const child of el.children) {
      if (child.type !== 'tag') continue;
      const c = child as Element;
      if (c.name === vocab.row) {
        rows.push(
          c.children
            .filter((cell): cell is Element => cell.type === 'tag' && (cell as Element).name === vocab.cell)
            .map((cell) => {
              const parts: string[] = [];
              walk(cell.children, vocab, parts, false);
              return parts.join(' ');
            }),
        );
      } else visit(c);
    }
  };
  visit(table);
  return rows;
}
