import mammoth from 'mammoth';
import { htmlToText } from '../html';

/** DOCX via mammoth's HTML, so tables keep their rows and headers. */
export async function extractDocx(content: Buffer): Promise<string> {
  const result = await mammoth.convertToHtml({ buffer: content });
  return htmlToText(result.value);
}
