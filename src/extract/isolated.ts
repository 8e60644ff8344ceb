// Parsers that can spin forever on a crafted or damaged file (SheetJS looped on a corrupt
// formula record in fuzzing) run in a thread of their own, terminated at the attachment time
// limit: the attachment is then unscannable, and the scan goes on. A timer cannot stop
// synchronous code on the thread that runs it.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../config/package-root';
import { errorMessage } from '../errors';
import { withTimeout } from './limits';

/** Heap for one isolated parse: a file that needs more is a bomb, not a document. */
const MAX_HEAP_MB = 512;

type Reply<T> = { result: T } | { error: string };

/** Runs the compiled worker `dist/src/extract/<name>.js` on `input` (it calls serveIsolated). */
export async function runIsolated<T>(name: string, input: Uint8Array, timeoutMs: number, what: string): Promise<T> {
  const worker = new Worker(path.join(packageRoot(), 'dist', 'src', 'extract', `${name}.js`), {
    workerData: input,
    resourceLimits: { maxOldGenerationSizeMb: MAX_HEAP_MB },
    stderr: true, // a parser's console noise (SheetJS names unknown record types) stays out of the gateway's log
  });
  worker.stderr.resume();
  const reply = new Promise<T>((resolve, reject) => {
    worker.once('message', (message: Reply<T>) => ('result' in message ? resolve(message.result) : reject(new Error(message.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${what} stopped (exit ${code})`)));
  });
  try {
    return await withTimeout(reply, timeoutMs, what);
  } finally {
    void worker.terminate();
  }
}

/** The worker's side: reads its input, and posts the result or the error's message. */
export async function serveIsolated<T>(port: { postMessage(reply: Reply<T>): void }, input: Uint8Array, work: (input: Buffer) => T | Promise<T>): Promise<void> {
  try {
    port.postMessage({ result: await work(Buffer.from(input.buffer, input.byteOffset, input.byteLength)) });
  } catch (error) {
    port.postMessage({ error: errorMessage(error) });
  }
}
