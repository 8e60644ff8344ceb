// OCR for image-only scans (a scanned form saved as PDF, a photo of a document),
// with tesseract.js and the English model shipped as an npm package: nothing is
// downloaded at run time. One worker per process, started on first use.
import path from 'node:path';
import type { Worker } from 'tesseract.js';

let worker: Promise<Worker> | null = null;

function languageDir(): string {
  return path.join(path.dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

function getWorker(): Promise<Worker> {
  worker ??= import('tesseract.js').then(({ createWorker }) =>
    // A failed job rejects its promise, which the caller records as unscannable. Without an error handler
    // tesseract.js also throws the error from its message listener, where nothing can catch it and the process dies.
    createWorker('eng', 1, { langPath: languageDir(), cacheMethod: 'none', gzip: true, errorHandler: () => undefined }),
  );
  return worker;
}

export async function ocrImage(image: Buffer): Promise<string> {
  const w = await getWorker();
  const result = await w.recognize(image);
  return result.data.text;
}

/** Stops the OCR worker so the process can exit; safe to call when none was started. */
export async function shutdownOcr(): Promise<void> {
  if (!worker) return;
  const w = worker;
  worker = null;
  await (await w).terminate();
}
