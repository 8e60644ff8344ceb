// Runs in a worker thread (piscina): extraction and content analysis, the
// CPU-heavy part of a scan, off the SMTP event loop. Errors come back as data,
// so their codes survive the thread boundary.
import { performance } from 'node:perf_hooks';
import type { Limits } from './config/schema';
import { errorMessage, MailwardError, type ErrorCode } from './errors';
import { extractMessage } from './extract/message';
import { loadRuleSet, type RuleSet } from './policy/load';
import { analyse } from './scan';
import type { ExtractedMessage, Finding } from './types';

export interface ScanTask {
  raw: Uint8Array;
  limits: Limits;
  rulesDir?: string;
  /** Bumped when the rules are reloaded, so each worker loads them again. */
  rulesVersion: number;
}

export type ScanTaskResult =
  | { ok: true; message: ExtractedMessage; findings: Finding[]; elapsedMs: number }
  | { ok: false; code: ErrorCode | null; message: string };

let loaded: { version: number; dir: string | undefined; rules: RuleSet } | undefined;

export default async function scanTask(task: ScanTask): Promise<ScanTaskResult> {
  try {
    if (!loaded || loaded.version !== task.rulesVersion || loaded.dir !== task.rulesDir) {
      loaded = { version: task.rulesVersion, dir: task.rulesDir, rules: loadRuleSet(task.rulesDir) };
    }
    // Timed from here: loading the rules (once per worker) is not part of scanning the message.
    const started = performance.now();
    const message = await extractMessage(Buffer.from(task.raw), task.limits);
    const findings = analyse(message, loaded.rules);
    // The text is not needed after analysis; leaving it here saves copying it back.
    return { ok: true, message: { ...message, segments: [] }, findings, elapsedMs: performance.now() - started };
  } catch (err) {
    return { ok: false, code: err instanceof MailwardError ? err.code : null, message: errorMessage(err) };
  }
}
