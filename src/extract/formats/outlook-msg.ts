// Outlook messages attached as .msg files (dragged from Outlook: an OLE compound
// file with MAPI property streams). @kenjiuno/msgreader reads them; the result
// is handed on as a parsed message, so its body and attachments, embedded .msg
// files included, are walked like a forwarded .eml.
import CFB from 'cfb';
import MsgReader from '@kenjiuno/msgreader';
import type { ParsedMessage } from '../../mime/parse';
import { LimitExceeded } from '../limits';
import type { OleContainer } from './ole';

/** A MAPI message store: a property stream at the root, and properties as __substg1.0_ streams. */
export function isOutlookMessage(container: OleContainer): boolean {
  return Boolean(CFB.find(container, '__properties_version1.0')) && container.FullPaths.some((p) => p.includes('__substg1.0_'));
}

/** The message; more than `maxAttachments` attachments is over the limit, checked before any is read. */
export function readOutlookMessage(content: Buffer, maxAttachments: number): ParsedMessage {
  const reader = new MsgReader(new DataView(content.buffer, content.byteOffset, content.byteLength));
  const data = reader.getFileData();
  if (data.error) throw new Error(`not a readable Outlook message: ${data.error}`);
  const count = data.attachments?.length ?? 0;
  if (count > maxAttachments) throw new LimitExceeded(`message holds ${count} attachments, over the ${maxAttachments} limit`);
  return {
    subject: data.subject ?? '',
    from: null, to: [], cc: [], bcc: [], // the envelope that matters is the outer message's
    text: data.body ?? '',
    html: data.bodyHtml ?? (data.html ? Buffer.from(data.html).toString('utf8') : ''),
    attachments: (data.attachments ?? []).map((attachment, i) => {
      const file = reader.getAttachment(attachment);
      const filename = attachment.fileName || attachment.name || (attachment.innerMsgContent ? `embedded-${i + 1}.msg` : `part-${i + 1}`);
      return { filename, contentType: (attachment.attachMimeTag ?? '').toLowerCase(), content: Buffer.from(file.content) };
    }),
    contentType: '',
  };
}
