// Legacy Word documents (.doc, Word 97-2003: an OLE compound file). cfb reads the
// container, so an encrypted document is recognised before anything is parsed;
// word-extractor reads the text. Legacy Excel and PowerPoint have modules of their own.
import CFB from 'cfb';
import type { OleContainer } from './ole';

/** FIB flags (MS-DOC 2.5.2): the document is encrypted (RC4) or XOR-obfuscated. */
const F_ENCRYPTED = 0x0100;
const F_OBFUSCATED = 0x8000;
const WORD_MAGIC = 0xa5ec;

export type LegacyWord = { encrypted: boolean };

/** The Word document in an OLE container, or null when it holds something else (Excel, PowerPoint). */
export function legacyWordIn(container: OleContainer): LegacyWord | null {
  const stream = CFB.find(container, 'WordDocument');
  if (!stream?.content || stream.content.length < 12) return null;
  const fib = Buffer.from(stream.content as Uint8Array);
  if (fib.readUInt16LE(0) !== WORD_MAGIC) return null;
  return { encrypted: (fib.readUInt16LE(0x0a) & (F_ENCRYPTED | F_OBFUSCATED)) !== 0 };
}

/** Body, headers and footers, footnotes, endnotes, comments and text boxes; table cells come tab-separated. */
export async function extractLegacyWord(content: Buffer): Promise<string> {
  const { default: WordExtractor } = await import('word-extractor'); // loaded on first use
  const doc = await new WordExtractor().extract(content);
  return [
    doc.getBody(), doc.getHeaders({ includeFooters: true }), doc.getFootnotes(), doc.getEndnotes(), doc.getAnnotations(),
    doc.getTextboxes({ includeHeadersAndFooters: true, includeBody: true }),
  ].filter((part) => part.trim()).join('\n');
}
