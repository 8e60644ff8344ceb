// Retention: decisions and quarantined mail are kept `retention_days` (schools'
// policies: 30), the audit trail its own longer period. The job runs at start
// and then every interval; with PostgreSQL one instance purges at a time.
import type { StoreConfig } from '../config/schema';
import { Store } from './store';
import type { PurgeReport } from './types';

export type RetentionSettings = Pick<StoreConfig, 'retention_days' | 'quarantine_expiry_days' | 'audit_retention_days' | 'history_retention_days'>;

export async function purge(store: Store, settings: RetentionSettings, options: { dryRun?: boolean; actor?: string } = {}): Promise<PurgeReport> {
  const now = store.clock();
  const cutoff = Store.daysAgo(now, settings.retention_days);
  const expiryCutoff = Store.daysAgo(now, settings.quarantine_expiry_days);
  const auditCutoff = Store.daysAgo(now, settings.audit_retention_days);
  const historyCutoff = Store.daysAgo(now, settings.history_retention_days);
  const dryRun = options.dryRun ?? false;
  const actor = options.actor ?? 'system';
  const report = await store.driver.exclusive('purge', async () => {
    if (dryRun) {
      const count = async (sql: string, at: number) => Number((await store.driver.all<{ n: number }>(sql, [at]))[0].n);
      return {
        dryRun, ran: true,
        decisions: await count('SELECT COUNT(*) AS n FROM decisions WHERE time < ?', cutoff),
        expired: await count("SELECT COUNT(*) AS n FROM quarantine WHERE time < ? AND state = 'held'", expiryCutoff),
        quarantine: await count('SELECT COUNT(*) AS n FROM quarantine WHERE time < ?', cutoff),
        audit: await count('SELECT COUNT(*) AS n FROM audit WHERE time < ?', auditCutoff),
        history: await count('SELECT COUNT(*) AS n FROM recipient_history WHERE last_seen < ?', historyCutoff),
      };
    }
    return store.driver.transaction(async (tx) => {
      // Held items nobody decided on expire: content deleted, state kept until the record itself goes.
      const reason = `not decided within ${settings.quarantine_expiry_days} days`;
      const expired = await tx.all<{ id: string }>("SELECT id FROM quarantine WHERE time < ? AND state = 'held'", [expiryCutoff]);
      for (const { id } of expired) {
        await tx.run("UPDATE quarantine SET state = 'expired', content = NULL, decided_by = ?, decided_at = ?, reason = ? WHERE id = ?", [actor, now, reason, id]);
        await store.auditIn(tx, actor, 'quarantine.expire', id, reason);
      }
      const result: PurgeReport = {
        dryRun, ran: true,
        expired: expired.length,
        decisions: await tx.run('DELETE FROM decisions WHERE time < ?', [cutoff]),
        quarantine: await tx.run('DELETE FROM quarantine WHERE time < ?', [cutoff]),
        audit: await tx.run('DELETE FROM audit WHERE time < ?', [auditCutoff]),
        history: await tx.run('DELETE FROM recipient_history WHERE last_seen < ?', [historyCutoff]),
      };
      return result;
    });
  });
  const done = report ?? { dryRun, ran: false, decisions: 0, expired: 0, quarantine: 0, audit: 0, history: 0 };
  if (done.ran && !dryRun) {
    await store.audit(actor, 'purge', null, `decisions ${done.decisions}, expired ${done.expired}, quarantine ${done.quarantine}, audit ${done.audit}, history ${done.history}`);
  }
  return done;
}

/** Runs the purge now and then every `intervalMinutes`; errors go to `onError`, the job keeps running. */
export class RetentionJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly settings: RetentionSettings & { purge_interval_minutes: number },
    private readonly onError: (err: unknown) => void,
  ) {}

  start(): Promise<unknown> {
    const tick = () => {
      this.running = purge(this.store, this.settings).catch(this.onError);
      return this.running;
    };
    this.timer = setInterval(tick, this.settings.purge_interval_minutes * 60_000);
    this.timer.unref();
    return tick();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
