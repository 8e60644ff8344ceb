// `mailward decisions search` and `mailward purge`.
import type { Command } from 'commander';
import { MailwardError } from '../errors';
import { purge } from '../store/retention';
import { ACTIONS, type Action } from '../types';
import { table } from './format';
import { iso, withStore, withStoreOptions, type StoreFlags } from './store-context';

function time(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new MailwardError('MW_ERR_USAGE', `${flag} needs a date or time, e.g. 2026-01-31 or 2026-01-31T09:00Z`);
  return ms;
}

interface SearchFlags extends StoreFlags {
  json?: boolean; since?: string; until?: string; days?: string; sender?: string; recipient?: string; action?: string; rule?: string; limit: string;
}

export function registerDecisions(program: Command): void {
  const decisions = program.command('decisions').description('the decision log');
  withStoreOptions(decisions.command('search').description('find decisions, newest first'))
    .option('--json', 'one JSON object per line')
    .option('--since <time>', 'from this date/time')
    .option('--until <time>', 'before this date/time')
    .option('--days <n>', 'the last N days')
    .option('--sender <addr>', 'envelope sender')
    .option('--recipient <addr>', 'one of the recipients')
    .option('--action <action>', ACTIONS.join(' | '))
    .option('--rule <name>', 'a rule that fired')
    .option('--limit <n>', 'at most this many', '200')
    .action(async (flags: SearchFlags) => {
      if (flags.action && !ACTIONS.includes(flags.action as Action)) throw new MailwardError('MW_ERR_USAGE', `--action must be one of ${ACTIONS.join(', ')}`);
      if (flags.days && !/^\d+$/.test(flags.days)) throw new MailwardError('MW_ERR_USAGE', '--days needs a whole number');
      await withStore(flags, async (store) => {
        const since = flags.days ? store.clock() - Number(flags.days) * 86_400_000 : time(flags.since, '--since');
        const found = await store.searchDecisions({
          since, until: time(flags.until, '--until'), sender: flags.sender, recipient: flags.recipient,
          action: flags.action as Action | undefined, rule: flags.rule, limit: Number(flags.limit),
        });
        if (flags.json) {
          for (const d of found) {
            process.stdout.write(`${JSON.stringify({ ...d, time: iso(d.time), rules: d.rules, recipients: d.recipients })}\n`);
          }
          return;
        }
        if (found.length === 0) {
          process.stdout.write('No decisions match.\n');
          return;
        }
        const rows = [['time', 'action', 'sender', 'recipients', 'rules', 'findings'],
          ...found.map((d) => [iso(d.time), d.action, d.sender, d.recipients.map((r) => r.address).join(', '), d.rules.join(', '),
            d.findings.map((f) => `${f.type}×${f.count}`).join(', ')])];
        process.stdout.write(`${table(rows).join('\n')}\n`);
      });
    });

  withStoreOptions(program.command('purge').description('delete decisions and quarantined mail past retention (and old audit entries)'))
    .option('--dry-run', 'count what would go, delete nothing')
    .option('--json', 'as JSON')
    .action(async (flags: StoreFlags & { dryRun?: boolean; json?: boolean }) => {
      await withStore(flags, async (store, config) => {
        const report = await purge(store, config.store, { dryRun: flags.dryRun, actor: flags.as ?? 'cli' });
        if (flags.json) process.stdout.write(`${JSON.stringify(report)}\n`);
        else if (!report.ran) process.stdout.write('Another instance is purging now; nothing done.\n');
        else {
          const verb = report.dryRun ? 'would delete' : 'deleted';
          process.stdout.write(
            `${verb}: ${report.decisions} decisions and ${report.quarantine} quarantine records older than ${config.store.retention_days} days, ` +
              `${report.expired} undecided held messages after ${config.store.quarantine_expiry_days} days (content deleted), ` +
              `${report.audit} audit entries older than ${config.store.audit_retention_days} days, ${report.history} recipient-history entries\n`,
          );
        }
      });
    });
}
