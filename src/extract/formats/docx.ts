import { htmlToText } from '../html';

/** DOCX via mammoth's HTML, so tables keep their rows and headers. */
export async function extractDocx(content: Buffer): Promise<string> {
  const { default: mammoth } = await import('mammoth'); // loaded on first use
  const result = await mammoth.convertToHtml({ buffer: content });
  return htmlToText(result.value);
}
