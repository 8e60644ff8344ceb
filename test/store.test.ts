// The same suite against both backends: SQLite (embedded) and PostgreSQL (shared).
import { decrypt } from '../src/store/keyring';
import { purge } from '../src/store/retention';
import type { Store } from '../src/store/store';
import type { DecisionInput } from '../src/store/types';
import { addUser, disableUser, setPassword, verifyLogin } from '../src/store/users';
import { SqliteDriver } from '../src/store/sql/sqlite-driver';
import { manualClock, postgresBackend, sqliteBackend, testRing, type Backend } from './helpers/stores';

const decision = (over: Partial<DecisionInput> = {}): DecisionInput => ({
  messageId: '<m1@oakfield.example>',
  sender: 'P.Raman@oakfield.example',
  recipients: [{ address: 'nurse@nhs.net', field: 'to', class: 'secure' }],
  action: 'encrypt',
  rules: ['external-personal-data'],
  findings: [{ type: 'nhs_number', category: 'identifier', count: 1, confidence: 0.95, where: 'body', sample: '943 *** **19' }],
  size: 2048,
  clientAddress: '127.0.0.1',
  ...over,
});
const RAW = Buffer.from('From: a@oakfield.example\r\nTo: b@partner.example\r\nSubject: x\r\n\r\nNHS number 943 476 5919\r\n');
const retention = { retention_days: 30, quarantine_expiry_days: 14, audit_retention_days: 365, history_retention_days: 365 };

describe.each([['sqlite', sqliteBackend], ['postgres', postgresBackend]] as const)('store on %s', (_name, make) => {
  let backend: Backend;
  let store: Store;
  const clock = manualClock();

  beforeEach(async () => {
    clock.set(Date.UTC(2026, 0, 1));
    backend = make();
    store = await backend.open({ clock });
  });
  afterEach(async () => {
    await store.close();
    await backend.cleanup();
  });

  it('runs migrations once, also when opened again and twice at the same time', async () => {
    const [a, b] = await Promise.all([backend.open(), backend.open()]);
    const again = await backend.open();
    const versions = await again.driver.all<{ version: number }>('SELECT version FROM schema_migrations');
    expect(versions.map((v) => Number(v.version))).toEqual([1]);
    await Promise.all([a.close(), b.close(), again.close()]);
  });

  it('records decisions and finds them by sender, recipient, action, rule and time', async () => {
    const first = await store.recordDecision(decision());
    clock.advanceDays(1);
    await store.recordDecision(decision({ sender: 'office@oakfield.example', action: 'allow', rules: [], recipients: [{ address: 'coach@travel.example', field: 'to', class: 'external' }] }));
    expect((await store.searchDecisions()).length).toBe(2);
    expect((await store.searchDecisions({ sender: 'p.raman@oakfield.example' })).map((d) => d.id)).toEqual([first.id]);
    expect((await store.searchDecisions({ recipient: 'NURSE@nhs.net' })).map((d) => d.id)).toEqual([first.id]);
    expect((await store.searchDecisions({ action: 'allow' })).length).toBe(1);
    expect((await store.searchDecisions({ rule: 'external-personal-data' })).map((d) => d.id)).toEqual([first.id]);
    expect((await store.searchDecisions({ until: first.time + 1 })).map((d) => d.id)).toEqual([first.id]);
    const [found] = await store.searchDecisions({ sender: 'p.raman@oakfield.example' });
    expect(found).toMatchObject({ messageId: '<m1@oakfield.example>', size: 2048, clientAddress: '127.0.0.1', instance: 'test' });
    expect(found.findings[0].sample).toBe('943 *** **19');
  });

  it('commits decisions arriving together in one batch, each resolved only once stored', async () => {
    const records = await Promise.all(Array.from({ length: 25 }, (_, i) => store.recordDecision(decision({ messageId: `<m${i}@oakfield.example>` }))));
    const stored = await store.searchDecisions();
    expect(stored.map((d) => d.id).sort()).toEqual(records.map((r) => r.id).sort());
    // A batch that cannot be committed fails every decision in it: none is reported stored.
    await store.driver.run('ALTER TABLE decisions RENAME TO decisions_elsewhere');
    const failed = await Promise.allSettled([store.recordDecision(decision()), store.recordDecision(decision())]);
    expect(failed.map((f) => f.status)).toEqual(['rejected', 'rejected']);
    await store.driver.run('ALTER TABLE decisions_elsewhere RENAME TO decisions');
    expect((await store.searchDecisions()).length).toBe(25);
  });

  it('keeps quarantined mail encrypted at rest and decrypts it for an audited view', async () => {
    const item = await store.quarantine({ sender: 'a@oakfield.example', recipients: ['b@partner.example'], action: 'quarantine', rules: ['bulk-personal-data'], raw: RAW });
    expect(item).toMatchObject({ state: 'held', size: RAW.length, keyId: 'k1' });
    const [stored] = await store.driver.all<{ content: Buffer }>('SELECT content FROM quarantine WHERE id = ?', [item.id]);
    expect(Buffer.from(stored.content).includes(Buffer.from('943 476 5919'))).toBe(false);
    const { raw } = await store.viewQuarantined(item.id, 'dpo1');
    expect(raw.equals(RAW)).toBe(true);
    expect((await store.listAudit()).map((a) => [a.actor, a.action, a.target])).toContainEqual(['dpo1', 'quarantine.view', item.id]);
  });

  it('releases only after delivery succeeds, and records who, when and why', async () => {
    const item = await store.quarantine({ sender: 'a@oakfield.example', recipients: ['b@partner.example'], action: 'quarantine', rules: ['r'], raw: RAW });
    await expect(store.release(item.id, 'dpo1', 'checked', async () => { throw new Error('next hop down'); })).rejects.toThrow('next hop down');
    expect((await store.quarantineItem(item.id))?.state).toBe('held');
    let delivered: Buffer | undefined;
    const released = await store.release(item.id, 'dpo1', 'parent consent on file', async (raw) => { delivered = raw; });
    expect(delivered?.equals(RAW)).toBe(true);
    expect(released).toMatchObject({ state: 'released', decidedBy: 'dpo1', reason: 'parent consent on file' });
    await expect(store.reject(item.id, 'dpo1', 'too late')).rejects.toThrow(/released, not held/);
    await expect(store.viewQuarantined(item.id, 'dpo1')).rejects.toThrow(/content is gone/);
  });

  it('rejects with a reason, and refuses without one', async () => {
    const item = await store.quarantine({ sender: 'a@oakfield.example', recipients: ['b@partner.example'], action: 'quarantine', rules: ['r'], raw: RAW });
    await expect(store.reject(item.id, 'dpo1', '  ')).rejects.toThrow(/reason is required/);
    expect(await store.reject(item.id, 'dpo1', 'bulk data to a tutor')).toMatchObject({ state: 'rejected', decidedBy: 'dpo1' });
    expect((await store.listAudit()).map((a) => a.action)).toContain('quarantine.reject');
    await expect(store.reject('no-such-id', 'dpo1', 'x')).rejects.toThrow(/no quarantine item/);
  });

  it('decrypts nothing with the wrong key', async () => {
    const item = await store.quarantine({ sender: 'a@oakfield.example', recipients: ['b@x.example'], action: 'quarantine', rules: ['r'], raw: RAW });
    const wrongSameId = await backend.open({ keys: testRing('k1') });
    await expect(wrongSameId.viewQuarantined(item.id, 'dpo1')).rejects.toThrow(/does not decrypt with key k1/);
    const missing = await backend.open({ keys: testRing('k9') });
    await expect(missing.viewQuarantined(item.id, 'dpo1')).rejects.toThrow(/encrypted with key k1, which test does not hold/);
    await Promise.all([wrongSameId.close(), missing.close()]);
  });

  it('re-encrypts every item when the key is rotated', async () => {
    const item = await store.quarantine({ sender: 'a@oakfield.example', recipients: ['b@x.example'], action: 'quarantine', rules: ['r'], raw: RAW });
    const next = testRing('k2');
    expect(await store.reencrypt(next, 'it1')).toBe(1);
    const [row] = await store.driver.all<{ key_id: string; content: Buffer }>('SELECT key_id, content FROM quarantine WHERE id = ?', [item.id]);
    expect(row.key_id).toBe('k2');
    expect(decrypt(next, 'k2', Buffer.from(row.content), item.id).equals(RAW)).toBe(true);
  });

  it('keeps day 29, purges day 31, and keeps the audit trail', async () => {
    await store.recordDecision(decision({ messageId: '<old>' }));
    const old = await store.quarantine({ sender: 'a@oakfield.example', recipients: ['b@x.example'], action: 'quarantine', rules: ['r'], raw: RAW });
    await store.viewQuarantined(old.id, 'dpo1');
    clock.advanceDays(2);
    await store.recordDecision(decision({ messageId: '<newer>' }));
    clock.advanceDays(27); // 29 days after the first
    expect(await purge(store, retention, { dryRun: true })).toMatchObject({ decisions: 0, expired: 1, quarantine: 0 });
    expect(await purge(store, retention)).toMatchObject({ decisions: 0, expired: 1, quarantine: 0 });
    expect((await store.searchDecisions()).length).toBe(2);
    // Undecided for 14+ days: expired, content gone, the record kept until retention.
    expect(await store.quarantineItem(old.id)).toMatchObject({ state: 'expired', decidedBy: 'system', reason: 'not decided within 14 days' });
    await expect(store.viewQuarantined(old.id, 'dpo1')).rejects.toThrow(/expired; its content is gone/);
    clock.advanceDays(2); // day 31 for the first, day 29 for the second
    expect(await purge(store, retention, { dryRun: true })).toMatchObject({ dryRun: true, decisions: 1, expired: 0, quarantine: 1, audit: 0 });
    expect((await store.searchDecisions()).length).toBe(2); // a dry run deletes nothing
    expect(await purge(store, retention)).toMatchObject({ ran: true, decisions: 1, quarantine: 1, audit: 0 });
    expect((await store.searchDecisions()).map((d) => d.messageId)).toEqual(['<newer>']);
    expect(await store.quarantineItem(old.id)).toBeNull();
    const audit = (await store.listAudit()).map((a) => a.action);
    expect(audit).toEqual(expect.arrayContaining(['quarantine.view', 'quarantine.expire', 'purge']));
    clock.advanceDays(366);
    await purge(store, retention);
    expect((await store.listAudit()).map((a) => a.action)).toEqual(['purge']); // only the purge just recorded
  });

  it('remembers sender-recipient pairs as hashes', async () => {
    expect(await store.noteRecipients('a@oakfield.example', ['x@partner.example', 'Y@partner.example'])).toEqual(['x@partner.example', 'y@partner.example']);
    expect(await store.noteRecipients('A@oakfield.example', ['x@partner.example', 'z@partner.example'])).toEqual(['z@partner.example']);
    const rows = await store.driver.all<{ pair: string }>('SELECT pair FROM recipient_history');
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.pair))).toBe(true);
  });

  it('keeps console users with argon2id hashes, the password policy and lock-out', async () => {
    await expect(addUser(store, 'dpo1', 'dpo', 'password', 'it1')).rejects.toThrow(/upper-case letter, a digit, a symbol/);
    await addUser(store, 'dpo1', 'dpo', 'Sunfl0wer!Field', 'it1');
    const [row] = await store.driver.all<{ password_hash: string }>('SELECT password_hash FROM users');
    expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyLogin(store, 'dpo1', 'Sunfl0wer!Field')).toMatchObject({ ok: true });
    for (let i = 0; i < 5; i++) expect(await verifyLogin(store, 'dpo1', 'wrong')).toEqual({ ok: false, reason: 'password' });
    expect(await verifyLogin(store, 'dpo1', 'Sunfl0wer!Field')).toEqual({ ok: false, reason: 'locked' });
    clock.advanceDays(1);
    expect(await verifyLogin(store, 'dpo1', 'Sunfl0wer!Field')).toMatchObject({ ok: true });
    await setPassword(store, 'dpo1', 'An0ther!Secret', 'dpo1');
    await disableUser(store, 'dpo1', 'it1');
    expect(await verifyLogin(store, 'dpo1', 'An0ther!Secret')).toEqual({ ok: false, reason: 'disabled' });
    expect((await store.listAudit()).map((a) => a.action)).toEqual(expect.arrayContaining(['user.add', 'user.passwd', 'user.disable', 'user.locked']));
  });

  it('lets only one instance purge at a time', async () => {
    const other = await backend.open();
    let release!: () => void;
    let acquired!: () => void;
    const holding = new Promise<void>((resolve) => { acquired = resolve; });
    const held = store.driver.exclusive('purge', () => new Promise<string>((resolve) => {
      release = () => resolve('first');
      acquired();
    }));
    await holding; // the first instance now holds the lock
    const second = await other.driver.exclusive('purge', async () => 'second');
    // SQLite has one writer per file, so its exclusion is the transaction lock itself.
    expect(second).toBe(backend.name === 'postgres' ? null : 'second');
    release();
    expect(await held).toBe('first');
    await other.close();
  });
});

describe('SQLite durability', () => {
  it('resolves a write only after syncing the WAL that holds it, off the event loop', async () => {
    const backend = sqliteBackend();
    const store = await backend.open();
    try {
      const driver = store.driver as SqliteDriver;
      const [{ journal_mode: mode }] = await driver.all<{ journal_mode: string }>('PRAGMA journal_mode');
      const [{ synchronous }] = await driver.all<{ synchronous: number }>('PRAGMA synchronous');
      // NORMAL (1) is FULL minus the WAL sync at commit, which the driver does itself.
      expect([mode, synchronous]).toEqual(['wal', 1]);

      const before = driver.walSyncs;
      await store.quarantine({ sender: 'a@oakfield.example', recipients: ['b@partner.example'], action: 'quarantine', rules: ['r'], raw: RAW });
      expect(driver.walSyncs).toBeGreaterThan(before);

      // Reads do not sync; every write waits for a sync after its commit.
      const afterWrite = driver.walSyncs;
      await store.searchDecisions();
      expect(driver.walSyncs).toBe(afterWrite);
      await Promise.all(Array.from({ length: 5 }, () => store.recordDecision(decision())));
      expect(driver.walSyncs).toBeGreaterThan(afterWrite);
    } finally {
      await store.close();
      await backend.cleanup();
    }
  });
});
