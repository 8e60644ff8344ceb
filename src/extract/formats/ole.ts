// OLE compound files (Word, Excel and PowerPoint 97-2003, Outlook .msg), opened once
// with cfb and then asked what they hold.
import CFB from 'cfb';

export type OleContainer = CFB.CFB$Container;

/** A legacy Office document's text, or that it is encrypted (and so not read). */
export type LegacyDocument = { encrypted: true } | { encrypted: false; text: string };

export function openOle(content: Buffer): OleContainer {
  return CFB.read(content, { type: 'buffer' });
}

/**
 * The container written again by cfb, with consistent sector chains and sizes, for the
 * parsers that read OLE files themselves. word-extractor's own reader aborted the
 * whole process ("invalid size error") on a .doc with a corrupt header; a file cfb
 * could read and rewrite never did, over hundreds of corrupted samples.
 */
export function rewrittenOle(container: OleContainer): Buffer {
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}
