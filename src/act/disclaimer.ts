// The organisation's disclaimer, appended to the body of mail for external
// recipients: to the first text/plain and the first text/html body part, not to
// attachments or forwarded messages. @zone-eu/mailsplit splits and re-joins the
// MIME tree, so every other part leaves byte for byte.
import { isUtf8 } from 'node:buffer';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Joiner, Rewriter, Splitter, type MimeNode } from '@zone-eu/mailsplit';
import iconv from 'iconv-lite';
import { errorMessage } from '../errors';
import { splitHeader } from './headers';

export interface Disclaimer {
  text: string;
  /** HTML form; default: the text, escaped, one line per line. */
  html?: string;
}

export type DisclaimerOutcome =
  | { added: true; raw: Buffer }
  | { added: false; raw: Buffer; why: 'signed' | 'encrypted' | 'no_body_part' | 'present' };

const SIGNED_OR_ENCRYPTED = /^(multipart\/(signed|encrypted)|application\/(x-)?pkcs7-mime)$/;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function htmlOf(disclaimer: Disclaimer): string {
  return disclaimer.html ?? `<div class="disclaimer"><p>${escapeHtml(disclaimer.text.trim()).replace(/\r?\n/g, '<br>')}</p></div>`;
}

/** Inside a forwarded message or a signed/encrypted part, the content is someone else's: leave it. */
function insideForeignContent(node: MimeNode): boolean {
  for (let parent = node.parentNode; parent; parent = parent.parentNode) {
    if (parent.rfc822 || SIGNED_OR_ENCRYPTED.test(String(parent.contentType))) return true;
  }
  return false;
}

function isBodyPart(node: MimeNode): boolean {
  return (node.contentType === 'text/plain' || node.contentType === 'text/html' || (node.root && !node.contentType)) &&
    node.disposition !== 'attachment' && !node.filename && !insideForeignContent(node);
}

/** The charset a part's bytes are in: its label when iconv-lite knows it; unlabelled, UTF-8 when valid, else Windows-1252. */
function charsetOf(node: MimeNode, bytes: Buffer): string | undefined {
  if (node.charset) return iconv.encodingExists(node.charset) ? node.charset : undefined;
  return isUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

function withText(body: string, text: string): string {
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  return `${body.replace(/\s+$/, '')}${eol}${eol}${text.trim().replace(/\r?\n/g, eol)}${eol}`;
}

function withHtml(body: string, html: string): string {
  const close = body.toLowerCase().lastIndexOf('</body>');
  return close >= 0 ? `${body.slice(0, close)}${html}${body.slice(close)}` : `${body}${html}`;
}

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The message with the disclaimer appended, or unchanged (and why) when it is
 * signed (DKIM or S/MIME: an edit would break the signature and get the mail
 * rejected), encrypted, has no body part, or already carries the disclaimer.
 */
export async function appendDisclaimer(raw: Buffer, disclaimer: Disclaimer): Promise<DisclaimerOutcome> {
  const { lines } = splitHeader(raw);
  if (lines.some((l) => /^dkim-signature:/i.test(l))) return { added: false, raw, why: 'signed' };
  const html = htmlOf(disclaimer);
  let rootType: string | false = false;
  const seen = new Set<string>();
  let present = false;
  const rewriter = new Rewriter((node: MimeNode) => {
    if (node.root) rootType = node.contentType;
    if (SIGNED_OR_ENCRYPTED.test(String(rootType)) || !isBodyPart(node)) return false;
    const type = node.contentType || 'text/plain';
    if (seen.has(type)) return false;
    seen.add(type);
    return true;
  });
  let changed = 0;
  rewriter.on('node', ({ node, decoder, encoder }: { node: MimeNode; decoder: NodeJS.ReadableStream; encoder: NodeJS.WritableStream }) => {
    void (async () => {
      const bytes = await collect(decoder);
      const charset = charsetOf(node, bytes);
      const body = charset === undefined ? undefined : iconv.decode(bytes, charset);
      const isHtml = node.contentType === 'text/html';
      if (body === undefined || body.includes(isHtml ? html : disclaimer.text.trim())) {
        present ||= body !== undefined;
        encoder.end(bytes); // unknown charset or already there: the same content, re-encoded
        return;
      }
      node.setCharset('utf-8');
      changed++;
      encoder.end(Buffer.from(isHtml ? withHtml(body, html) : withText(body, disclaimer.text), 'utf8'));
    })().catch((err: unknown) => rewriter.destroy(err as Error));
  });
  const out: Buffer[] = [];
  await pipeline(
    Readable.from([raw]),
    new Splitter(),
    rewriter,
    new Joiner(),
    new Writable({ write(chunk: Buffer, _enc, done) { out.push(chunk); done(); } }),
  );
  if (SIGNED_OR_ENCRYPTED.test(String(rootType))) return { added: false, raw, why: /signed/.test(String(rootType)) ? 'signed' : 'encrypted' };
  if (changed === 0) return { added: false, raw, why: present ? 'present' : 'no_body_part' };
  return { added: true, raw: Buffer.concat(out) };
}

/**
 * The copy external recipients get: with the disclaimer when one is configured and
 * it can be added, else the message as it is (why is logged). A disclaimer is not a
 * safeguard, so mail that may leave is not held back for want of one.
 */
export async function externalCopy(raw: Buffer, disclaimer: Disclaimer | undefined, log: (event: Record<string, unknown>) => void): Promise<Buffer> {
  if (!disclaimer) return raw;
  try {
    const outcome = await appendDisclaimer(raw, disclaimer);
    if (!outcome.added) log({ event: 'disclaimer_skipped', why: outcome.why });
    return outcome.raw;
  } catch (err) {
    log({ event: 'disclaimer_skipped', why: 'unparsable', error: errorMessage(err) });
    return raw;
  }
}
