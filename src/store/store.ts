// The one Store: decision log, encrypted quarantine, audit trail and recipient
// history over either SQL driver. Every write is a committed transaction before
// the promise resolves, because the gateway answers 250 on the strength of it.
import crypto from 'node:crypto';
import { MailwardError } from '../errors';
import type { Action } from '../types';
import { decrypt, encrypt, type KeyRing } from './keyring';
import type { SqlDriver, SqlExecutor, SqlValue } from './sql/driver';
import { migrate } from './sql/migrations';
import type {
  AuditEvent, DecisionFilter, DecisionInput, DecisionRecord, QuarantineInput, QuarantineState, QuarantineSummary,
} from './types';

export type Clock = () => number;

export interface StoreOptions {
  driver: SqlDriver;
  keys: KeyRing;
  instance: string;
  clock?: Clock;
  /** PostgreSQL schema to create and use. */
  schema?: string;
}

const json = (value: unknown): string => JSON.stringify(value);
const parse = <T>(value: unknown): T => JSON.parse(String(value)) as T;
const DAY = 24 * 60 * 60 * 1000;

interface QuarantineRow {
  id: string; decision_id: string | null; time: number; sender: string; recipients: string; action: string; rules: string;
  state: string; size: number; key_id: string | null; decided_by: string | null; decided_at: number | null; reason: string | null;
}

const QUARANTINE_COLUMNS = 'id, decision_id, time, sender, recipients, action, rules, state, size, key_id, decided_by, decided_at, reason';

function summaryOf(row: QuarantineRow): QuarantineSummary {
  return {
    id: row.id, decisionId: row.decision_id, time: Number(row.time), sender: row.sender,
    recipients: parse<string[]>(row.recipients), action: row.action as Action, rules: parse<string[]>(row.rules),
    state: row.state as QuarantineState, size: Number(row.size), keyId: row.key_id, decidedBy: row.decided_by,
    decidedAt: row.decided_at === null ? null : Number(row.decided_at), reason: row.reason,
  };
}

/** Sender-recipient pairs are kept as hashes: the history says "seen before", not who wrote to whom. */
export function pairHash(sender: string, recipient: string): string {
  return crypto.createHash('sha256').update(`${sender.trim().toLowerCase()}\n${recipient.trim().toLowerCase()}`).digest('hex');
}

function insertDecision(db: SqlExecutor, params: SqlValue[]): Promise<number> {
  return db.run(
    `INSERT INTO decisions (id, time, message_id, sender, recipients, action, rules, findings, size, client_address, instance)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    params,
  );
}

export class Store {
  readonly driver: SqlDriver;
  readonly clock: Clock;
  private keys: KeyRing;
  private readonly instance: string;

  private readonly pendingDecisions: { params: SqlValue[]; resolve: () => void; reject: (err: unknown) => void }[] = [];
  private decisionsFlushing: Promise<void> | undefined;

  private constructor(options: StoreOptions) {
    this.driver = options.driver;
    this.keys = options.keys;
    this.instance = options.instance;
    this.clock = options.clock ?? Date.now;
  }

  /** Opens the store and runs pending migrations (safe from several processes at once). */
  static async open(options: StoreOptions): Promise<Store> {
    const store = new Store(options);
    try {
      await migrate(options.driver, options.schema, store.clock);
    } catch (err) {
      await options.driver.close().catch(() => undefined);
      throw err;
    }
    return store;
  }

  get keyRing(): KeyRing {
    return this.keys;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  // ---- decisions -------------------------------------------------------------

  /**
   * Committed when this resolves. Decisions that arrive together are committed in one
   * transaction (group commit): one disk sync for several messages under load.
   */
  async recordDecision(input: DecisionInput): Promise<DecisionRecord> {
    const record: DecisionRecord = { ...input, id: input.id ?? crypto.randomUUID(), time: this.clock(), instance: this.instance };
    const params = [
      record.id, record.time, input.messageId ?? null, input.sender.toLowerCase(), json(input.recipients), input.action,
      json(input.rules), json(input.findings), input.size, input.clientAddress ?? null, this.instance,
    ];
    await new Promise<void>((resolve, reject) => {
      this.pendingDecisions.push({ params, resolve, reject });
      this.decisionsFlushing ??= this.flushDecisions();
    });
    return record;
  }

  private async flushDecisions(): Promise<void> {
    // One turn of the event loop lets decisions finishing at the same time join the batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.pendingDecisions.length > 0) {
      const batch = this.pendingDecisions.splice(0);
      try {
        // A single statement commits on its own; a transaction would only add round trips.
        if (batch.length === 1) await insertDecision(this.driver, batch[0]!.params);
        else await this.driver.transaction(async (tx) => {
          for (const decision of batch) await insertDecision(tx, decision.params);
        });
        batch.forEach((d) => d.resolve());
      } catch (err) {
        batch.forEach((d) => d.reject(err));
      }
    }
    this.decisionsFlushing = undefined;
  }

  async searchDecisions(filter: DecisionFilter = {}): Promise<DecisionRecord[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    const add = (clause: string, value: SqlValue) => {
      where.push(clause);
      params.push(value);
    };
    if (filter.id) add('id = ?', filter.id);
    if (filter.since !== undefined) add('time >= ?', filter.since);
    if (filter.until !== undefined) add('time < ?', filter.until);
    if (filter.sender) add('sender = ?', filter.sender.toLowerCase());
    if (filter.action) add('action = ?', filter.action);
    // Recipients and rules are JSON text; a quoted match finds whole values only.
    if (filter.recipient) add('recipients LIKE ?', `%"address":${json(filter.recipient.toLowerCase())}%`);
    if (filter.rule) add('rules LIKE ?', `%${json(filter.rule)}%`);
    const rows = await this.driver.all<Record<string, unknown>>(
      `SELECT * FROM decisions ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY time DESC, id LIMIT ?`,
      [...params, filter.limit ?? 1000],
    );
    return rows.map((r) => ({
      id: String(r.id), time: Number(r.time), messageId: (r.message_id as string | null) ?? null, sender: String(r.sender),
      recipients: parse(r.recipients), action: r.action as Action, rules: parse(r.rules), findings: parse(r.findings),
      size: Number(r.size), clientAddress: (r.client_address as string | null) ?? null, instance: String(r.instance),
    }));
  }

  // ---- quarantine ------------------------------------------------------------

  /** Encrypts and stores the raw message; committed (durable) when this resolves. */
  async quarantine(input: QuarantineInput): Promise<QuarantineSummary> {
    const id = crypto.randomUUID();
    const { keyId, sealed } = encrypt(this.keys, input.raw, id);
    const time = this.clock();
    await this.driver.run(
      `INSERT INTO quarantine (id, decision_id, time, sender, recipients, action, rules, state, key_id, content, size)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'held', ?, ?, ?)`,
      [id, input.decisionId ?? null, time, input.sender.toLowerCase(), json(input.recipients), input.action, json(input.rules), keyId, sealed, input.raw.length],
    );
    return (await this.quarantineItem(id)) as QuarantineSummary;
  }

  async listQuarantine(filter: { state?: QuarantineState; limit?: number } = {}): Promise<QuarantineSummary[]> {
    const rows = await this.driver.all<QuarantineRow>(
      `SELECT ${QUARANTINE_COLUMNS} FROM quarantine ${filter.state ? 'WHERE state = ?' : ''} ORDER BY time DESC, id LIMIT ?`,
      filter.state ? [filter.state, filter.limit ?? 1000] : [filter.limit ?? 1000],
    );
    return rows.map(summaryOf);
  }

  async quarantineItem(id: string): Promise<QuarantineSummary | null> {
    const rows = await this.driver.all<QuarantineRow>(`SELECT ${QUARANTINE_COLUMNS} FROM quarantine WHERE id = ?`, [id]);
    return rows[0] ? summaryOf(rows[0]) : null;
  }

  /** Decrypts a held item for an authorised person; the view is audited. */
  async viewQuarantined(id: string, actor: string): Promise<{ item: QuarantineSummary; raw: Buffer }> {
    const { item, raw } = await this.readContent(this.driver, id);
    await this.audit(actor, 'quarantine.view', id);
    return { item, raw };
  }

  /**
   * Releases a held item: `deliver` gets the decrypted message and must finish
   * (hand-off to the next hop, or a file) before the item is marked released.
   */
  async release(id: string, actor: string, reason: string, deliver: (raw: Buffer, item: QuarantineSummary) => Promise<void>): Promise<QuarantineSummary> {
    const { item, raw } = await this.readContent(this.driver, id);
    if (item.state !== 'held') throw new MailwardError('MW_ERR_STATE', `quarantine item ${id} is ${item.state}, not held`);
    await deliver(raw, item);
    return this.decide(id, 'released', actor, reason);
  }

  async reject(id: string, actor: string, reason: string): Promise<QuarantineSummary> {
    return this.decide(id, 'rejected', actor, reason);
  }

  /** Records the DPO's decision; the content is no longer needed and is deleted with it. */
  private async decide(id: string, state: 'released' | 'rejected', actor: string, reason: string): Promise<QuarantineSummary> {
    if (!reason.trim()) throw new MailwardError('MW_ERR_STATE', 'a reason is required to release or reject');
    await this.driver.transaction(async (tx) => {
      const changed = await tx.run(
        "UPDATE quarantine SET state = ?, decided_by = ?, decided_at = ?, reason = ?, content = NULL WHERE id = ? AND state = 'held'",
        [state, actor, this.clock(), reason, id],
      );
      if (changed !== 1) {
        const rows = await tx.all<{ state: string }>('SELECT state FROM quarantine WHERE id = ?', [id]);
        if (!rows[0]) throw new MailwardError('MW_ERR_NOT_FOUND', `no quarantine item ${id}`);
        throw new MailwardError('MW_ERR_STATE', `quarantine item ${id} is ${rows[0].state}, not held`);
      }
      await this.auditIn(tx, actor, `quarantine.${state === 'released' ? 'release' : 'reject'}`, id, reason);
    });
    return (await this.quarantineItem(id)) as QuarantineSummary;
  }

  private async readContent(db: SqlExecutor, id: string): Promise<{ item: QuarantineSummary; raw: Buffer }> {
    const rows = await db.all<QuarantineRow & { content: Buffer | null }>(`SELECT ${QUARANTINE_COLUMNS}, content FROM quarantine WHERE id = ?`, [id]);
    const row = rows[0];
    if (!row) throw new MailwardError('MW_ERR_NOT_FOUND', `no quarantine item ${id}`);
    const item = summaryOf(row);
    if (!row.content || !row.key_id) throw new MailwardError('MW_ERR_STATE', `quarantine item ${id} is ${item.state}; its content is gone`);
    return { item, raw: decrypt(this.keys, row.key_id, Buffer.from(row.content), id) };
  }

  /**
   * Re-encrypts every stored item with the ring's current key (after a rotation).
   * Each item is rewritten in its own transaction; a failure leaves the rest readable
   * with the keys the ring still holds.
   */
  async reencrypt(ring: KeyRing, actor: string): Promise<number> {
    const old = this.keys;
    const ids = await this.driver.all<{ id: string }>('SELECT id FROM quarantine WHERE content IS NOT NULL AND key_id <> ?', [ring.currentId]);
    const merged: KeyRing = { ...ring, keys: new Map([...old.keys, ...ring.keys]) };
    let count = 0;
    for (const { id } of ids) {
      await this.driver.transaction(async (tx) => {
        const rows = await tx.all<{ key_id: string; content: Buffer | null }>('SELECT key_id, content FROM quarantine WHERE id = ?', [id]);
        if (!rows[0]?.content) return;
        const raw = decrypt(merged, rows[0].key_id, Buffer.from(rows[0].content), id);
        const { keyId, sealed } = encrypt(ring, raw, id);
        await tx.run('UPDATE quarantine SET key_id = ?, content = ? WHERE id = ?', [keyId, sealed, id]);
        count++;
      });
    }
    this.keys = merged;
    await this.audit(actor, 'keys.rotate', ring.currentId, `${count} items re-encrypted`);
    return count;
  }

  // ---- audit trail -----------------------------------------------------------

  async audit(actor: string, action: string, target: string | null = null, detail: string | null = null): Promise<void> {
    await this.auditIn(this.driver, actor, action, target, detail);
  }

  /** Writes an audit entry inside a transaction the caller holds (or directly with the driver). */
  async auditIn(db: SqlExecutor, actor: string, action: string, target: string | null, detail: string | null): Promise<void> {
    await db.run('INSERT INTO audit (id, time, actor, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)', [
      crypto.randomUUID(), this.clock(), actor, action, target, detail,
    ]);
  }

  async listAudit(filter: { since?: number; limit?: number } = {}): Promise<AuditEvent[]> {
    const rows = await this.driver.all<AuditEvent>(
      `SELECT id, time, actor, action, target, detail FROM audit ${filter.since !== undefined ? 'WHERE time >= ?' : ''} ORDER BY time DESC, id LIMIT ?`,
      filter.since !== undefined ? [filter.since, filter.limit ?? 1000] : [filter.limit ?? 1000],
    );
    return rows.map((r) => ({ ...r, time: Number(r.time) }));
  }

  // ---- recipient history -----------------------------------------------------

  /** Records that `sender` wrote to `recipients`; returns those never seen before. */
  async noteRecipients(sender: string, recipients: string[]): Promise<string[]> {
    const now = this.clock();
    const firstTime: string[] = [];
    await this.driver.transaction(async (tx) => {
      for (const recipient of [...new Set(recipients.map((r) => r.toLowerCase()))]) {
        const pair = pairHash(sender, recipient);
        // Insert-or-nothing first: safe when two gateways see the same new pair at once.
        const inserted = await tx.run(
          'INSERT INTO recipient_history (pair, first_seen, last_seen, messages) VALUES (?, ?, ?, 1) ON CONFLICT (pair) DO NOTHING',
          [pair, now, now],
        );
        if (inserted === 1) firstTime.push(recipient);
        else await tx.run('UPDATE recipient_history SET last_seen = ?, messages = messages + 1 WHERE pair = ?', [now, pair]);
      }
    });
    return firstTime;
  }

  static daysAgo(now: number, days: number): number {
    return now - days * DAY;
  }
}
