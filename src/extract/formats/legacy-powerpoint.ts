// Legacy PowerPoint presentations (.ppt, PowerPoint 97-2003: records in the "PowerPoint
// Document" stream of an OLE compound file). No maintained library reads them in Node, and
// their text needs no more than a walk over the record tree (MS-PPT 2.3.1): every record has
// an 8-byte header, containers hold records, and the text of slides, notes, masters and
// shapes is in text atoms. Older versions of edited slides are read too: they go out with the file.
import CFB from 'cfb';
import type { LegacyDocument, OleContainer } from './ole';

const DOCUMENT_CONTAINER = 0x03e8;
const TEXT_CHARS_ATOM = 0x0fa0; // UTF-16LE
const TEXT_BYTES_ATOM = 0x0fa8; // the low bytes of UTF-16 code units
const CSTRING = 0x0fba;
const COMMENT_CONTAINER = 0x2ee0; // its CString instance 1 is the comment's text
const CRYPT_SESSION_CONTAINER = 0x2f14;
/** Containers nest a few levels deep in real files; far deeper is a crafted file. */
const MAX_DEPTH = 32;

/** The presentation stream of the container, or null when it holds no presentation. */
export function powerPointStreamIn(container: OleContainer): Buffer | null {
  const stream = CFB.find(container, 'PowerPoint Document');
  return stream?.content ? Buffer.from(stream.content as Uint8Array) : null;
}

class Encrypted extends Error {}

export function extractLegacyPowerPoint(container: OleContainer, stream: Buffer): LegacyDocument {
  if (CFB.find(container, 'EncryptedSummary')) return { encrypted: true };
  const texts = new Set<string>();
  let documents = 0;
  const walk = (start: number, end: number, parent: number, depth: number): void => {
    if (depth > MAX_DEPTH) throw new Error(`PowerPoint records nested deeper than ${MAX_DEPTH}`);
    for (let at = start; at + 8 <= end; ) {
      const instance = stream.readUInt16LE(at) >> 4;
      const isContainer = (stream.readUInt16LE(at) & 0xf) === 0xf;
      const type = stream.readUInt16LE(at + 2);
      const body = at + 8;
      const next = body + stream.readUInt32LE(at + 4);
      if (next > end) throw new Error('truncated PowerPoint record');
      if (type === CRYPT_SESSION_CONTAINER) throw new Encrypted();
      if (depth === 0 && type === DOCUMENT_CONTAINER) documents++;
      if (isContainer) walk(body, next, type, depth + 1);
      else if (type === TEXT_CHARS_ATOM) texts.add(stream.toString('utf16le', body, next));
      else if (type === TEXT_BYTES_ATOM) texts.add(stream.toString('latin1', body, next));
      else if (type === CSTRING && parent === COMMENT_CONTAINER && instance === 1) texts.add(`Comment: ${stream.toString('utf16le', body, next)}`);
      at = next;
    }
  };
  try {
    walk(0, stream.length, -1, 0);
  } catch (error) {
    if (error instanceof Encrypted) return { encrypted: true };
    throw error;
  }
  if (documents === 0) throw new Error('PowerPoint stream without a document record');
  // Paragraphs end in CR, line breaks inside one are vertical tabs.
  const text = [...texts].map((t) => t.replace(/[\r\v]/g, '\n').trim()).filter(Boolean).join('\n\n');
  return { encrypted: false, text };
}
