// OLE compound files (Word, Excel and PowerPoint 97-2003, Outlook .msg), opened once
// with cfb and then asked what they hold.
import CFB from 'cfb';

export type OleContainer = CFB.CFB$Container;

export function openOle(content: Buffer): OleContainer {
  return CFB.read(content, { type: 'buffer' });
}
