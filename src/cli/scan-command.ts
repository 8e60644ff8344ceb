// `mailward scan FILE.eml [FILE.eml ...] [--json] ...` (contract.md section 1).
import fs from 'node:fs';
import { collect } from './options';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config/load';
import type { Config } from '../config/schema';
import { errorMessage } from '../errors';
import { performance } from 'node:perf_hooks';
import { loadRuleSet, type RuleSet } from '../policy/load';
import { decideFor } from '../scan';
import { ScanPool } from '../scan-pool';
import { formatScan } from './format';

interface ScanFlags {
  json?: boolean;
  from?: string;
  to?: string[];
  internalDomain?: string[];
  config?: string;
  rules?: string;
}

export function registerScan(program: Command): void {
  program
    .command('scan')
    .description('scan messages (.eml files) and print the decision the gateway would make')
    .argument('<files...>', 'RFC 5322 message files')
    .option('--json', 'one JSON object per file, one per line (JSON Lines)')
    .option('--from <addr>', 'envelope sender (default: the From: address)')
    .option('--to <addr>', 'envelope recipient, repeatable (default: To, Cc and Bcc)', collect)
    .option('--internal-domain <domain>', "add to the configuration's internal domains, repeatable", collect)
    .option('--config <file>', 'configuration file (YAML)')
    .option('--rules <dir>', 'rules folder (default: the shipped rules)')
    .action(async (files: string[], flags: ScanFlags) => {
      process.exitCode = await runScan(files, flags);
    });
}

async function runScan(files: string[], flags: ScanFlags): Promise<number> {
  const config = loadConfig(flags.config, { internalDomains: flags.internalDomain, rulesDir: flags.rules });
  const rules = loadRuleSet(config.rules_dir);
  // Each message is extracted and analysed in a worker thread under the gateway's time budget
  // per message (smtp.scan_timeout_ms): a parser that never returns is stopped and the file
  // reported, instead of the command hanging.
  const pool = new ScanPool(1);
  try {
    return await scanFiles(files, flags, { config, rules, pool });
  } finally {
    await pool.close();
  }
}

async function scanFiles(
  files: string[], flags: ScanFlags, { config, rules, pool }: { config: Config; rules: RuleSet; pool: ScanPool },
): Promise<number> {
  let status = 0;
  for (const file of files) {
    let raw: Buffer;
    try {
      if (fs.statSync(file).isDirectory()) throw new Error('is a folder, not a message file');
      raw = fs.readFileSync(file);
    } catch (err) {
      process.stderr.write(`mailward scan: cannot read ${file}: ${errorMessage(err).replace(/^[A-Z]+: /, '')}\n`);
      status = 2;
      continue;
    }
    try {
      const scanned = await pool.scan(raw, config.limits, { dir: config.rules_dir, version: 0 }, config.smtp.scan_timeout_ms);
      const started = performance.now();
      const decision = decideFor(scanned.message, scanned.findings, { config, rules, envelope: { from: flags.from, to: flags.to } });
      // The scan's own time: the worker's extraction and analysis, then the decision here.
      const elapsed = scanned.elapsedMs + performance.now() - started;
      const result = { ...decision, elapsed_ms: Math.round(elapsed * 10) / 10 };
      const name = path.basename(file);
      process.stdout.write(flags.json ? `${JSON.stringify({ file: name, ...result })}\n` : `${formatScan(name, result)}\n\n`);
    } catch (err) {
      // A message we could not scan is reported, never passed as clean.
      process.stderr.write(`mailward scan: ${file}: ${errorMessage(err)}\n`);
      if (flags.json) process.stdout.write(`${JSON.stringify({ file: path.basename(file), error: errorMessage(err) })}\n`);
      status = Math.max(status, 1);
    }
  }
  return status;
}
