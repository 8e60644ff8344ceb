import rtfToHtml from '@iarna/rtf-to-html';
import { htmlToText } from '../html';

export function extractRtf(content: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    rtfToHtml.fromString(content.toString('latin1'), (err: Error | null, html: string) =>
      err ? reject(err) : resolve(htmlToText(html)),
    );
  });
}
