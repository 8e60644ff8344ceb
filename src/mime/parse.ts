// Raw bytes to a parsed message: headers, bodies and attachments, via mailparser.
// Nested message/rfc822 parts stay attachments here; extract/ opens them recursively.
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { MailwardError, errorMessage } from '../errors';
import type { Address } from '../types';

export interface RawAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface ParsedMessage {
  subject: string;
  from: Address | null;
  to: Address[];
  cc: Address[];
  bcc: Address[];
  text: string;
  html: string;
  attachments: RawAttachment[];
  /** Top-level content type, e.g. multipart/encrypted for PGP/MIME. */
  contentType: string;
}

/** A message has at least one of these; a PDF or random bytes have none. */
const STANDARD_HEADERS = [
  'from', 'to', 'cc', 'bcc', 'subject', 'date', 'message-id', 'mime-version', 'content-type', 'received', 'return-path',
  'sender', 'reply-to',
];

export async function parseMessage(raw: Buffer): Promise<ParsedMessage> {
  let mail: ParsedMail;
  try {
    // skipTextToHtml etc.: we only want text; html is converted by extract/html. skipHtmlToText: an
    // HTML-only message is read once, by extract/html, which keeps table rows; mailparser's own
    // conversion ran its cells together ("PupilClassMedical Amelia Hart5BAsthma") and was scanned too.
    mail = await simpleParser(raw, { skipTextToHtml: true, skipHtmlToText: true, skipTextLinks: true, skipImageLinks: true });
  } catch (err) {
    throw new MailwardError('MW_ERR_MIME_PARSE', errorMessage(err), { cause: err });
  }
  if (!STANDARD_HEADERS.some((h) => mail.headers.has(h))) {
    throw new MailwardError('MW_ERR_MIME_PARSE', 'not an RFC 5322 message: no From, To, Subject, Date or Content-Type header');
  }
  const contentType = headerValue(mail.headers.get('content-type'));
  return {
    subject: mail.subject ?? '',
    from: flattenAddresses(mail.from)[0] ?? null,
    to: flattenAddresses(mail.to),
    cc: flattenAddresses(mail.cc),
    bcc: flattenAddresses(mail.bcc),
    text: mail.text ?? '',
    html: typeof mail.html === 'string' ? mail.html : '',
    attachments: mail.attachments.map((a, i) => ({
      filename: a.filename ?? defaultName(a.contentType, i),
      contentType: (a.contentType ?? 'application/octet-stream').toLowerCase(),
      content: a.content,
    })),
    contentType,
  };
}

function headerValue(value: unknown): string {
  if (!value) return '';
  if (typeof value === 'string') return value.toLowerCase();
  if (typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value).toLowerCase();
  return '';
}

function defaultName(contentType: string | undefined, index: number): string {
  if (contentType === 'message/rfc822') return `forwarded-${index + 1}.eml`;
  return `part-${index + 1}`;
}

type AddressInput = AddressObject | AddressObject[] | undefined;

/** Flattens mailparser's address objects, including RFC 5322 groups, to a list. */
export function flattenAddresses(input: AddressInput): Address[] {
  if (!input) return [];
  const objects = Array.isArray(input) ? input : [input];
  const out: Address[] = [];
  type Entry = { address?: string; name?: string; group?: Entry[] };
  const visit = (entry: Entry): void => {
    if (entry.group) entry.group.forEach(visit);
    else if (entry.address) out.push({ address: entry.address.trim().toLowerCase(), name: (entry.name ?? '').trim() });
  };
  for (const obj of objects) obj.value.forEach((v) => visit(v as Entry));
  return out;
}
