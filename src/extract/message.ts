// Walks a message and everything inside it (attachments, archives, forwarded
// messages, recursively) and collects text segments and attachment facts.
// Any part that cannot be opened is recorded as unscannable: never a crash,
// never silently clean.
import type { Limits } from '../config/schema';
import { errorMessage } from '../errors';
import { parseMessage, type ParsedMessage } from '../mime/parse';
import type { AttachmentInfo, ExtractedMessage, TextSegment } from '../types';
import { hasInlinePgp, isEncryptedContentType, isEncryptedOfficeContainer } from './encryption';
import { hasExecutableName, looksLikeScript } from './executable';
import { DOCX_EXTRA_PARTS, extractDocx } from './formats/docx';
import { extractLegacyExcel, holdsExcelWorkbook } from './formats/legacy-excel';
import { extractLegacyPowerPoint, powerPointStreamIn } from './formats/legacy-powerpoint';
import { extractLegacyWord, legacyWordIn } from './formats/legacy-word';
import { openOle, rewrittenOle, type LegacyDocument, type OleContainer } from './formats/ole';
import { isOutlookMessage, readOutlookMessage } from './formats/outlook-msg';
import { extractOpenDocument, extractPptx } from './formats/office-xml';
import { extractPdf } from './formats/pdf';
import { extractRtf } from './formats/rtf';
import { extractCsv, extractXlsx } from './formats/spreadsheet';
import { decodeText, extractCalendar } from './formats/text';
import { htmlToText } from './html';
import { ExpansionBudget, LimitExceeded, withTimeout } from './limits';
import { ocrImage } from './ocr';
import { sniffKind, type Kind } from './sniff';
import { readZip } from './zip';

interface Walk {
  limits: Limits;
  budget: ExpansionBudget;
  /** Images still allowed through OCR for this message. */
  ocrImagesLeft: number;
  segments: TextSegment[];
  attachments: AttachmentInfo[];
}

export async function extractMessage(raw: Buffer, limits: Limits): Promise<ExtractedMessage> {
  const parsed = await parseMessage(raw);
  const walk: Walk = { limits, budget: new ExpansionBudget(limits), ocrImagesLeft: limits.ocr_max_images, segments: [], attachments: [] };
  const encryptedBody = await addMessage(parsed, walk, '', 0);
  return {
    subject: parsed.subject,
    from: parsed.from,
    to: parsed.to,
    cc: parsed.cc,
    bcc: parsed.bcc,
    segments: walk.segments,
    attachments: walk.attachments,
    encryptedBody,
  };
}

/** Adds a (possibly nested) message's text and parts; returns true when its body is encrypted. */
async function addMessage(parsed: ParsedMessage, walk: Walk, prefix: string, depth: number): Promise<boolean> {
  const where = prefix ? `attachment:${prefix}` : 'body';
  for (const [text, at] of [[parsed.subject, prefix ? where : 'subject'], [parsed.text, where], [parsed.html ? htmlToText(parsed.html) : '', where]]) {
    if (!addText(walk, text, at)) continue;
    walk.attachments.push({ where: at, name: at, kind: 'text', size: text.length, encrypted: false, executable: false, unscannable: overLimit(walk) });
  }
  let encrypted = isEncryptedContentType(parsed.contentType) || hasInlinePgp(parsed.text) || hasInlinePgp(parsed.html);
  for (const att of parsed.attachments) {
    const name = prefix ? `${prefix}/${att.filename}` : att.filename;
    const info = await addAttachment(att.content, att.filename, att.contentType, name, walk, depth);
    // The encrypted payload of S/MIME or PGP/MIME arrives as the message's only part.
    if (info.encrypted && (info.kind === 'smime' || info.kind === 'pgp') && isEncryptedContentType(parsed.contentType)) encrypted = true;
  }
  return encrypted;
}

/**
 * Adds text to scan; returns true when it was longer than max_text_chars and cut.
 * The caller then records the part as unscannable: a half-read part is never clean.
 */
function addText(walk: Walk, text: string, where: string): boolean {
  const limit = walk.limits.max_text_chars;
  const clipped = text.length > limit ? text.slice(0, limit) : text;
  if (clipped.trim()) walk.segments.push({ where, text: clipped });
  return clipped.length < text.length;
}

const overLimit = (walk: Walk): string => `text longer than the ${walk.limits.max_text_chars}-character limit`;

async function addAttachment(
  content: Buffer,
  filename: string,
  contentType: string,
  path: string,
  walk: Walk,
  depth: number,
): Promise<AttachmentInfo> {
  const kind = await sniffKind(content, filename, contentType);
  const info: AttachmentInfo = {
    where: `attachment:${path}`,
    name: filename,
    kind,
    size: content.length,
    encrypted: false,
    executable: kind === 'executable' || hasExecutableName(filename) || looksLikeScript(content),
  };
  walk.attachments.push(info);
  addText(walk, fileTitle(filename), info.where);
  if (info.executable) return info;
  if (content.length > walk.limits.max_attachment_bytes) {
    info.unscannable = `over the ${walk.limits.max_attachment_bytes}-byte attachment limit`;
    return info;
  }
  try {
    const text = await withTimeout(extractKind(kind, content, contentType, path, info, walk, depth), walk.limits.attachment_timeout_ms, `extracting ${kind}`);
    if (text && addText(walk, text, info.where)) info.unscannable = overLimit(walk);
  } catch (err) {
    info.unscannable = err instanceof LimitExceeded ? err.message : `cannot be parsed as ${kind}: ${shortReason(err)}`;
  }
  return info;
}

/**
 * A file's name as words ("Harvey_Cole-CP_referral.pdf" is "Harvey Cole-CP referral"): the name
 * goes out with the file, and often says whom it is about and what, even of an encrypted file.
 */
function fileTitle(filename: string): string {
  const base = filename.split('/').pop() ?? '';
  return base.replace(/\.[A-Za-z0-9]{1,8}$/, '').replace(/[_+]+/g, ' ').trim();
}

/**
 * The first line of a parser's error, with anything quoted from the document and
 * long digit runs removed: reasons are printed and logged, content never is.
 */
export function shortReason(err: unknown): string {
  return errorMessage(err)
    .split('\n')[0]
    .replace(/(["'“‘`])[^"'”’`]{3,}\1/g, '[quoted text]')
    .replace(/\d{6,}/g, '[number]')
    .slice(0, 160);
}

/** Word, Excel and PowerPoint 97-2003 files, each recognised by its stream in the OLE container. */
async function extractLegacyOffice(ole: OleContainer, timeoutMs: number): Promise<LegacyDocument> {
  const word = legacyWordIn(ole);
  if (word) return word.encrypted ? { encrypted: true } : { encrypted: false, text: await extractLegacyWord(rewrittenOle(ole)) };
  const presentation = powerPointStreamIn(ole);
  if (presentation) return extractLegacyPowerPoint(ole, presentation);
  if (holdsExcelWorkbook(ole)) return extractLegacyExcel(rewrittenOle(ole), timeoutMs);
  throw new Error('an OLE file that is neither a Word, Excel or PowerPoint document nor an Outlook message');
}

/** Returns the part's text; nested containers add their own parts and return ''. */
async function extractKind(
  kind: Kind,
  content: Buffer,
  contentType: string,
  path: string,
  info: AttachmentInfo,
  walk: Walk,
  depth: number,
): Promise<string> {
  switch (kind) {
    case 'pdf': {
      const pdf = await extractPdf(content, { ocr: walk.limits.ocr && walk.ocrImagesLeft > 0, ocrMaxImages: walk.ocrImagesLeft });
      if (pdf.encrypted) {
        info.encrypted = true;
        return '';
      }
      if (pdf.ocr) walk.ocrImagesLeft = Math.max(0, walk.ocrImagesLeft - 1);
      return pdf.text;
    }
    case 'docx':
      // The limits are checked before mammoth inflates it; headers, footers and comments are read on the way.
      return extractDocx(content, await readZip(content, walk.limits, walk.budget, (name) => DOCX_EXTRA_PARTS.test(name)));
    case 'xlsx':
      await readZip(content, walk.limits, walk.budget, () => false);
      return extractXlsx(content);
    case 'pptx':
      return extractPptx(content, walk.limits, walk.budget);
    case 'odt':
    case 'ods':
    case 'odp':
      return extractOpenDocument(content, walk.limits, walk.budget);
    case 'csv':
      return extractCsv(content);
    case 'rtf':
      return extractRtf(content);
    case 'html':
      return htmlToText(decodeText(content));
    case 'calendar':
      return extractCalendar(content);
    case 'text': {
      const text = decodeText(content);
      if (hasInlinePgp(text)) info.encrypted = true;
      return text;
    }
    case 'ole': {
      if (isEncryptedOfficeContainer(content)) {
        info.encrypted = true;
        return '';
      }
      const ole = openOle(content);
      if (isOutlookMessage(ole)) {
        if (depth + 1 > walk.limits.max_depth) throw new LimitExceeded(`forwarded messages nested deeper than ${walk.limits.max_depth}`);
        if (await addMessage(readOutlookMessage(rewrittenOle(ole), walk.limits.max_archive_entries), walk, path, depth + 1)) info.encrypted = true;
        return '';
      }
      const document = await extractLegacyOffice(ole, walk.limits.attachment_timeout_ms);
      info.encrypted = document.encrypted;
      return document.encrypted ? '' : document.text;
    }
    case 'smime':
      info.encrypted = !/smime-type\s*=\s*"?(signed-data|certs-only)/.test(contentType);
      return '';
    case 'pgp':
      info.encrypted = content.includes('-----BEGIN PGP MESSAGE-----') || !content.subarray(0, 64).toString('latin1').startsWith('Version');
      return '';
    case 'zip':
      await addArchive(content, path, info, walk, depth);
      return '';
    case 'eml':
      if (depth + 1 > walk.limits.max_depth) throw new LimitExceeded(`forwarded messages nested deeper than ${walk.limits.max_depth}`);
      if (await addMessage(await parseMessage(content), walk, path, depth + 1)) info.encrypted = true;
      return '';
    case 'image':
      if (!walk.limits.ocr || walk.ocrImagesLeft <= 0 || content.length < walk.limits.ocr_min_image_bytes) return '';
      walk.ocrImagesLeft--;
      return ocrImage(content);
    case 'unopened-archive':
      info.unscannable = 'an archive Mailward cannot open (7z, RAR, gzip, tar, winmail.dat...); send the files as a ZIP or attached directly';
      return '';
    case 'executable':
    case 'binary':
      return '';
  }
}

async function addArchive(content: Buffer, path: string, info: AttachmentInfo, walk: Walk, depth: number): Promise<void> {
  if (depth + 1 > walk.limits.max_depth) throw new LimitExceeded(`archives nested deeper than ${walk.limits.max_depth}`);
  const entries = await readZip(content, walk.limits, walk.budget);
  for (const entry of entries) {
    const entryPath = `${path}/${entry.name}`;
    if (entry.encrypted || !entry.content) {
      info.encrypted = true;
      walk.attachments.push({
        where: `attachment:${entryPath}`,
        name: entry.name,
        kind: 'encrypted',
        size: 0,
        encrypted: true,
        executable: hasExecutableName(entry.name),
      });
      continue;
    }
    await addAttachment(entry.content, entry.name.split('/').pop() ?? entry.name, '', entryPath, walk, depth + 1);
  }
}
