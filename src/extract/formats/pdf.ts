import { PDFParse } from 'pdf-parse';
import { pdfDeclaresEncryption } from '../encryption';

export type PdfText = { encrypted: true } | { encrypted: false; text: string };

export async function extractPdf(content: Buffer): Promise<PdfText> {
  const parser = new PDFParse({ data: new Uint8Array(content) });
  try {
    const result = await parser.getText();
    // pdf-parse marks page breaks with "-- N of M --"; they are noise for detection.
    return { encrypted: false, text: result.text.replace(/^-- \d+ of \d+ --$/gm, '') };
  } catch (err) {
    // A PDF that needs a password to open is encrypted content, not a broken file.
    if (err instanceof Error && err.name === 'PasswordException' && pdfDeclaresEncryption(content)) return { encrypted: true };
    throw err;
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
