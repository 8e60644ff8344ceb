// A pool of scan workers (piscina) with a time budget per message. Past the
// budget the task is aborted and its worker thread terminated, so even a
// CPU-bound parser cannot hold a message or the listener: the reply is 451.
import os from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import type { Limits } from './config/schema';
import { packageRoot } from './config/package-root';
import { MailwardError } from './errors';
import type { ScanTask, ScanTaskResult } from './scan-worker';
import type { ExtractedMessage, Finding } from './types';

export interface ScanOutput {
  message: ExtractedMessage;
  findings: Finding[];
  /** Extraction and analysis in the worker, without waiting for a thread or loading rules. */
  elapsedMs: number;
}

/**
 * One thread per core but one (the SMTP event loop has that), and never fewer than two:
 * with a single thread, one large PDF would hold up every message behind it.
 */
export function defaultScanThreads(): number {
  return Math.max(2, os.availableParallelism() - 1);
}

export class ScanPool {
  private readonly pool: Piscina;
  /** Messages being scanned now (at most one per thread). */
  private scanning = 0;
  /** Messages waiting for a thread, oldest first. */
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly threads: number) {
    // The compiled worker: workers run plain JavaScript, also when the caller runs from sources.
    this.pool = new Piscina({
      filename: path.join(packageRoot(), 'dist', 'src', 'scan-worker.js'), minThreads: 1, maxThreads: threads, idleTimeout: 60_000,
      // Piscina's own run-time histograms are not read anywhere; the metrics come from the gateway.
      recordTiming: false,
    });
  }

  /**
   * Waits for a free thread, first come first served. Piscina's own queue does not keep
   * that order under load (a task that finds no free worker goes back in at the tail),
   * so a few messages waited many times longer than the rest.
   */
  private async turn(signal: AbortSignal): Promise<() => void> {
    const release = () => {
      const next = this.waiting.shift();
      if (next) next(); // the thread passes straight to the next message
      else this.scanning--;
    };
    if (this.scanning < this.threads) {
      this.scanning++;
      return release;
    }
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        this.waiting.splice(this.waiting.indexOf(go), 1);
        reject(signal.reason);
      };
      const go = () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      };
      this.waiting.push(go);
      signal.addEventListener('abort', onAbort, { once: true });
    });
    return release;
  }

  async scan(raw: Buffer, limits: Limits, rules: { dir?: string; version: number }, budgetMs: number): Promise<ScanOutput> {
    // The budget covers waiting too: a message that cannot be scanned in time is retried later.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), budgetMs);
    const task: ScanTask = { raw: new Uint8Array(raw), limits, rulesDir: rules.dir, rulesVersion: rules.version };
    let result: ScanTaskResult;
    try {
      const release = await this.turn(abort.signal);
      try {
        result = (await this.pool.run(task, { signal: abort.signal })) as ScanTaskResult;
      } finally {
        release();
      }
    } catch (err) {
      if (abort.signal.aborted) throw new MailwardError('MW_ERR_SCAN_TIMEOUT', `over the ${budgetMs} ms budget`);
      throw new MailwardError('MW_ERR_SCAN_FAILED', (err as Error).message, { cause: err });
    } finally {
      clearTimeout(timer);
    }
    if (!result.ok) throw Object.assign(new MailwardError(result.code ?? 'MW_ERR_SCAN_FAILED'), { message: result.message });
    return { message: result.message, findings: result.findings, elapsedMs: result.elapsedMs };
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
