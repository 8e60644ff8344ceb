#!/usr/bin/env node
// The `mailward` command.
import { Command, CommanderError } from 'commander';
import { MailwardError, errorMessage, type ErrorCode } from '../errors';
import { registerDecisions } from './decisions-command';
import { registerKeys } from './keys-command';
import { registerQuarantine } from './quarantine-command';
import { registerScan } from './scan-command';
import { registerServe } from './serve-command';
import { registerUser } from './user-command';
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../config/package-root';

function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

const USAGE_ERRORS = new Set<ErrorCode>(['MW_ERR_USAGE', 'MW_ERR_CONFIG_INVALID', 'MW_ERR_RULES_INVALID', 'MW_ERR_FILE_UNREADABLE', 'MW_ERR_PASSWORD_POLICY']);

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('mailward')
    .description('Outbound e-mail data-loss prevention for schools and trusts')
    .version(packageVersion())
    .exitOverride()
    .showHelpAfterError();
  registerServe(program);
  registerScan(program);
  registerQuarantine(program);
  registerDecisions(program);
  registerUser(program);
  registerKeys(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    const code = err instanceof MailwardError ? ` [${err.code}]` : '';
    process.stderr.write(`mailward: ${errorMessage(err)}${code}\n`);
    // 2: the command line or its files are wrong; 1: the operation failed.
    return err instanceof MailwardError && USAGE_ERRORS.has(err.code) ? 2 : 1;
  }
}

if (require.main === module) {
  void main(process.argv).then((status) => {
    process.exitCode = status;
  });
}
