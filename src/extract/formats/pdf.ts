import type { PDFParse } from 'pdf-parse';
import { pdfDeclaresEncryption } from '../encryption';
import { ocrImage } from '../ocr';
import { labelOf } from '../table';

export type PdfText = { encrypted: true } | { encrypted: false; text: string; ocr: boolean };

export interface PdfOptions {
  /** OCR pages that have no text layer (image-only scans). */
  ocr: boolean;
  ocrMaxImages: number;
}

/** A page with fewer visible characters than this is treated as a scan. */
const MIN_TEXT_PER_PAGE = 20;

export async function extractPdf(content: Buffer, options: PdfOptions): Promise<PdfText> {
  const { PDFParse: Parser } = await import('pdf-parse'); // loaded on first use
  const parser = new Parser({ data: new Uint8Array(content) });
  try {
    const result = await parser.getText();
    // pdf-parse marks page breaks with "-- N of M --"; they are noise for detection.
    const pages = result.text.replace(/^-- \d+ of \d+ --$/gm, '');
    const fields = content.includes('/AcroForm') ? await formFieldLines(parser) : '';
    const comments = content.includes('/Annots') ? await commentLines(parser) : '';
    const text = [pages, fields, comments].filter(Boolean).join('\n\n');
    const visible = text.replace(/\s/g, '').length;
    if (!options.ocr || visible >= MIN_TEXT_PER_PAGE * Math.max(1, result.total)) return { encrypted: false, text, ocr: false };
    return { encrypted: false, text: `${text}\n${await ocrPages(parser, options.ocrMaxImages)}`, ocr: true };
  } catch (err) {
    // A PDF that needs a password to open is encrypted content, not a broken file.
    if (err instanceof Error && err.name === 'PasswordException' && pdfDeclaresEncryption(content)) return { encrypted: true };
    throw err;
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

interface FormField {
  value?: unknown;
  type?: string;
}
interface Annotation {
  subtype?: string;
  contentsObj?: { str?: string };
}
/** The pdf.js document pdf-parse has loaded (its `load()` is private in the types, and returns the loaded document once loaded). */
interface LoadedDocument {
  numPages: number;
  getFieldObjects(): Promise<Record<string, FormField[]> | null>;
  getPage(number: number): Promise<{ getAnnotations(): Promise<Annotation[]> }>;
}

const loadedDocument = (parser: PDFParse): Promise<LoadedDocument> => (parser as unknown as { load(): Promise<LoadedDocument> }).load();

/**
 * A filled-in form's answers ("Child name: Harvey Cole", "Concern: ...") live in its fields, not in
 * the page text pdf-parse reads: one line per field with a value, labelled by the field's name.
 * A box left unticked ("Off") answers nothing.
 */
async function formFieldLines(parser: PDFParse): Promise<string> {
  const document = await loadedDocument(parser);
  const fields = (await document.getFieldObjects()) ?? {};
  const lines: string[] = [];
  for (const [name, widgets] of Object.entries(fields)) {
    const values = new Set<string>();
    for (const widget of widgets) {
      if (widget.type === 'button') continue;
      const value = Array.isArray(widget.value) ? widget.value.join(', ') : typeof widget.value === 'string' ? widget.value : '';
      if (value.trim() && value !== 'Off') values.add(value.replace(/\s+/g, ' ').trim());
    }
    for (const value of values) lines.push(`${labelOf(name)}: ${value}`);
  }
  return lines.join('\n');
}

/** Annotations that hold no comment of their own: form fields (read above), links, and the pop-ups that show another's text. */
const NOT_COMMENTS = new Set(['Widget', 'Link', 'Popup']);

/**
 * Comments on the pages (sticky notes, text boxes, comments on highlighted text): not page text, so
 * pdf-parse leaves them out, yet a reviewer's "Mum disclosed DV at the meeting" goes out with the file.
 */
async function commentLines(parser: PDFParse): Promise<string> {
  const document = await loadedDocument(parser);
  const comments = new Set<string>();
  for (let number = 1; number <= document.numPages; number++) {
    for (const annotation of await (await document.getPage(number)).getAnnotations()) {
      const comment = annotation.contentsObj?.str?.replace(/\s+/g, ' ').trim();
      if (comment && !NOT_COMMENTS.has(annotation.subtype ?? '')) comments.add(`Comment: ${comment}`);
    }
  }
  return [...comments].join('\n');
}

async function ocrPages(parser: PDFParse, maxImages: number): Promise<string> {
  const images = await parser.getImage({ imageBuffer: true, imageDataUrl: false, imageThreshold: 200 });
  const texts: string[] = [];
  for (const page of images.pages) {
    for (const image of page.images) {
      if (texts.length >= maxImages) return texts.join('\n');
      texts.push(await ocrImage(Buffer.from(image.data)));
    }
  }
  return texts.join('\n');
}
