// `mailward quarantine list|show|export|release|reject`: the DPO's decisions from a terminal.
// The message itself is never printed: export and release write it to a file the
// operator names (owner-only), and every such read is in the audit trail.
import fs from 'node:fs';
import type { Command } from 'commander';
import { MailwardError } from '../errors';
import { QUARANTINE_STATES, type QuarantineState, type QuarantineSummary } from '../store/types';
import { deliverReleased } from '../act/release';
import { deliveryFor } from '../smtp/runtime';
import { findingLines, table } from './format';
import { actorOf, iso, withStore, withStoreOptions, type StoreFlags } from './store-context';

function line(item: QuarantineSummary): Record<string, unknown> {
  return {
    id: item.id, time: iso(item.time), sender: item.sender, recipients: item.recipients, action: item.action, rules: item.rules,
    state: item.state, size: item.size, decided_by: item.decidedBy, decided_at: item.decidedAt === null ? null : iso(item.decidedAt), reason: item.reason,
  };
}

function mustBeNew(file: string): void {
  if (fs.existsSync(file)) throw new MailwardError('MW_ERR_USAGE', `${file} already exists; name a new file (nothing was decrypted)`);
}

/** Owner-only, and never over an existing file. */
function writeOwnerOnly(file: string, content: Buffer): void {
  mustBeNew(file);
  fs.writeFileSync(file, content, { mode: 0o600, flag: 'wx' });
}

/** The only event a release logs: why the external copy went without the disclaimer. */
function disclaimerSkipped(event: Record<string, unknown>): void {
  process.stderr.write(`mailward: external copy sent without the disclaimer (${String(event.why)})\n`);
}

export function registerQuarantine(program: Command): void {
  const quarantine = program.command('quarantine').description('review held mail: list, show, export, release, reject');

  withStoreOptions(quarantine.command('list').description('list quarantined mail, newest first'))
    .option('--json', 'one JSON object per line')
    .option('--state <state>', `only ${QUARANTINE_STATES.join(', ')}`)
    .option('--limit <n>', 'at most this many', '200')
    .action(async (flags: StoreFlags & { json?: boolean; state?: string; limit: string }) => {
      if (flags.state && !QUARANTINE_STATES.includes(flags.state as QuarantineState)) {
        throw new MailwardError('MW_ERR_USAGE', `--state must be one of ${QUARANTINE_STATES.join(', ')}`);
      }
      await withStore(flags, async (store) => {
        const items = await store.listQuarantine({ state: flags.state as QuarantineState | undefined, limit: Number(flags.limit) });
        if (flags.json) {
          for (const item of items) process.stdout.write(`${JSON.stringify(line(item))}\n`);
          return;
        }
        if (items.length === 0) {
          process.stdout.write('No quarantined mail.\n');
          return;
        }
        const rows = [['id', 'time', 'state', 'sender', 'recipients', 'rules'],
          ...items.map((i) => [i.id, iso(i.time), i.state, i.sender, i.recipients.join(', '), i.rules.join(', ')])];
        process.stdout.write(`${table(rows).join('\n')}\n`);
      });
    });

  withStoreOptions(quarantine.command('show').description("show one item's details (not its content)").argument('<id>'))
    .option('--json', 'as JSON')
    .action(async (id: string, flags: StoreFlags & { json?: boolean }) => {
      await withStore(flags, async (store) => {
        const item = await store.quarantineItem(id);
        if (!item) throw new MailwardError('MW_ERR_NOT_FOUND', `no quarantine item ${id}`);
        // What was found in it, masked, from its decision (none for items held before decisions were linked).
        const [decision] = item.decisionId ? await store.searchDecisions({ id: item.decisionId, limit: 1 }) : [];
        const findings = decision?.findings ?? [];
        const fields = line(item);
        if (flags.json) process.stdout.write(`${JSON.stringify({ ...fields, findings })}\n`);
        else {
          const text = Object.entries(fields).map(([k, v]) => `${k.padEnd(11)} ${Array.isArray(v) ? v.join(', ') : v ?? ''}`);
          process.stdout.write(`${[...text, ...(decision ? findingLines(findings) : [])].join('\n')}\n`);
        }
      });
    });

  withStoreOptions(quarantine.command('export').description('decrypt a held message into a new file (audited)').argument('<id>'))
    .requiredOption('--out <file>', 'file to write (must not exist)')
    .action(async (id: string, flags: StoreFlags & { out: string }) => {
      mustBeNew(flags.out); // before decrypting, so a refused export is not a recorded view
      await withStore(flags, async (store) => {
        const { raw } = await store.viewQuarantined(id, actorOf(flags));
        writeOwnerOnly(flags.out, raw);
        process.stderr.write(`wrote ${flags.out} (${raw.length} bytes); this view is recorded in the audit trail\n`);
      });
    });

  withStoreOptions(quarantine.command('release').description("release a held message: delivered through the gateway's next hop (or outbox), or written to --out").argument('<id>'))
    .requiredOption('--reason <text>', 'why it may leave (recorded)')
    .option('--out <file>', 'write the message to this new file instead of delivering it')
    .action(async (id: string, flags: StoreFlags & { reason: string; out?: string }) => {
      if (flags.out) mustBeNew(flags.out);
      await withStore(flags, async (store, config) => {
        if (flags.out) {
          const out = flags.out;
          const item = await store.release(id, actorOf(flags), flags.reason, async (raw) => writeOwnerOnly(out, raw));
          process.stdout.write(`released ${item.id} by ${item.decidedBy}; message written to ${out}\n`);
          return;
        }
        // The same delivery step as the gateway; marked released only once it has the message.
        const delivery = deliveryFor(config);
        try {
          const item = await store.release(id, actorOf(flags), flags.reason, (raw, held) => deliverReleased(raw, held, delivery, config, disclaimerSkipped));
          process.stdout.write(`released ${item.id} by ${item.decidedBy}; delivered to ${item.recipients.join(', ')} through the ${delivery.description}\n`);
        } finally {
          await delivery.close();
        }
      });
    });

  withStoreOptions(quarantine.command('reject').description('reject a held message; its content is deleted').argument('<id>'))
    .requiredOption('--reason <text>', 'why it must not leave (recorded)')
    .action(async (id: string, flags: StoreFlags & { reason: string }) => {
      await withStore(flags, async (store) => {
        const item = await store.reject(id, actorOf(flags), flags.reason);
        process.stdout.write(`rejected ${item.id} by ${item.decidedBy}\n`);
      });
    });
}
