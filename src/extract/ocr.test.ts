// OCR of image attachments with the real tesseract.js worker: a corrupt image is unscannable, never a crash.
import { limitsSchema } from '../config/schema';
import { buildMail } from '../../test/helpers/mail';
import { extractMessage } from './message';
import { shutdownOcr } from './ocr';

const limits = limitsSchema.parse({ ocr: true, ocr_min_image_bytes: 0 });

/** A PNG signature and header chunk, then bytes that are no image: what a truncated or mangled upload looks like. */
function corruptPng(): Buffer {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const header = Buffer.from('0000000d49484452000000640000006408000000000000000049444154', 'hex');
  return Buffer.concat([signature, header, Buffer.alloc(4096, 0x5a)]);
}

afterAll(() => shutdownOcr());

describe('OCR of image attachments', () => {
  it('records a corrupt image as unscannable, and the worker goes on reading the next message', async () => {
    for (const name of ['scan1.png', 'scan2.png']) {
      const m = await extractMessage(await buildMail({ text: 'See attached.', attachments: [{ filename: name, content: corruptPng(), contentType: 'image/png' }] }), limits);
      const image = m.attachments.find((a) => a.name === name);
      expect(image?.kind).toBe('image');
      expect(image?.unscannable).toMatch(/cannot be parsed as image/);
    }
  });
});
