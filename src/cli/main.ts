#!/usr/bin/env node
// The `mailward` command.
import { Command, CommanderError } from 'commander';
import { MailwardError, errorMessage } from '../errors';
import { registerScan } from './scan-command';
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../config/package-root';

function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('mailward')
    .description('Outbound e-mail data-loss prevention for schools and trusts')
    .version(packageVersion())
    .exitOverride()
    .showHelpAfterError();
  registerScan(program);
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
    return 2;
  }
}

if (require.main === module) {
  void main(process.argv).then((status) => {
    process.exitCode = status;
  });
}
