// Faults: foreign or corrupt database files, unreachable PostgreSQL, key files,
// and two processes writing to one PostgreSQL store at once.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { configSchema } from '../src/config/schema';
import { loadKeyRing, readKeyFile } from '../src/store/keyring';
import { openStore } from '../src/store/open';
import { PostgresDriver } from '../src/store/sql/postgres-driver';
import { Store } from '../src/store/store';
import { postgresBackend, POSTGRES_URL, testRing } from './helpers/stores';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'mailward-faults-'));

describe('store faults', () => {
  it('refuses a file that is not a SQLite database, naming it', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'mailward.db'), 'this is a spreadsheet, not a database'.repeat(200));
    const config = configSchema.parse({ data_dir: dir });
    await expect(openStore(config, { env: {} })).rejects.toMatchObject({
      code: 'MW_ERR_STORE_CORRUPT',
      message: expect.stringContaining(path.join(dir, 'mailward.db')),
    });
  });

  it('reports an unreachable PostgreSQL as unavailable', async () => {
    const driver = new PostgresDriver('postgres://postgres@127.0.0.1:1/test', 'mailward');
    await expect(Store.open({ driver, keys: testRing(), instance: 't', schema: 'mailward' })).rejects.toMatchObject({
      code: 'MW_ERR_STORE_UNAVAILABLE',
      message: expect.stringContaining('127.0.0.1:1'),
    });
  });

  it('creates an owner-only key file on first start of the embedded store, and says so', async () => {
    const dir = tmp();
    const notices: string[] = [];
    const store = await openStore(configSchema.parse({ data_dir: dir }), { env: {}, notice: (m) => notices.push(m) });
    await store.close();
    const keyFile = path.join(dir, 'quarantine.key');
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(dir, 'mailward.db')).mode & 0o777).toBe(0o600);
    expect(notices[0]).toMatch(/created quarantine key file .*quarantine\.key/);
    expect(readKeyFile(keyFile).keys.size).toBe(1);
    const again = await openStore(configSchema.parse({ data_dir: dir }), { env: {}, notice: (m) => notices.push(m) });
    await again.close();
    expect(notices).toHaveLength(1);
  });

  it('refuses a missing key for PostgreSQL, a damaged key file, and a short key', () => {
    const dir = tmp();
    expect(() => loadKeyRing({ file: path.join(dir, 'none.key'), create: false })).toThrow(/does not exist/);
    fs.writeFileSync(path.join(dir, 'bad.key'), '{"current":"k1","keys":{"k1":"c2hvcnQ="}}');
    expect(() => loadKeyRing({ file: path.join(dir, 'bad.key'), create: false })).toThrow(/key k1 is not 32 bytes/);
    fs.writeFileSync(path.join(dir, 'junk.key'), 'not json');
    expect(() => loadKeyRing({ file: path.join(dir, 'junk.key'), create: false })).toThrow(/junk\.key/);
    expect(() => loadKeyRing({ env: 'k1:' + crypto.randomBytes(16).toString('base64'), file: '', create: false })).toThrow(/MAILWARD_QUARANTINE_KEY: key k1/);
  });

  it('loses nothing when two processes write to one PostgreSQL store at once', async () => {
    const backend = postgresBackend();
    const key = crypto.randomBytes(32);
    const opened = await backend.open({ keys: { currentId: 'k1', keys: new Map([['k1', key]]), source: 'test' } });
    const script = path.join(__dirname, 'scripts', 'write-store.js');
    const run = (tag: string) =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, [script, POSTGRES_URL, backend.location, '40', tag, key.toString('base64')], { stdio: 'inherit' });
        child.on('exit', (code) => resolve(code ?? 1));
      });
    expect(await Promise.all([run('gw1'), run('gw2')])).toEqual([0, 0]);
    const count = async (sql: string) => Number((await opened.driver.all<{ n: number }>(sql))[0].n);
    expect(await count('SELECT COUNT(*) AS n FROM decisions')).toBe(80);
    expect(await count('SELECT COUNT(*) AS n FROM quarantine')).toBe(80);
    expect(await count("SELECT COUNT(DISTINCT instance) AS n FROM decisions")).toBe(2);
    const [item] = await opened.listQuarantine({ limit: 1 });
    expect((await opened.viewQuarantined(item.id, 'dpo1')).raw.toString()).toMatch(/^message gw[12] \d+$/);
    await opened.close();
    await backend.cleanup();
  });
});

describe('a full disk and the retention job', () => {
  it('reports a full store clearly and leaves no partial item behind', async () => {
    const { sqliteBackend } = await import('./helpers/stores');
    const backend = sqliteBackend();
    const store = await backend.open();
    await store.driver.all('PRAGMA max_page_count = 40'); // SQLite's own SQLITE_FULL, as on a full disk
    const big = Buffer.alloc(400 * 1024, 'x');
    await expect(store.quarantine({ sender: 'a@oakfield.example', recipients: ['b@x.example'], action: 'quarantine', rules: ['r'], raw: big })).rejects.toMatchObject({
      code: 'MW_ERR_STORE_FULL',
    });
    expect(await store.listQuarantine()).toEqual([]);
    await store.close();
    await backend.cleanup();
  });

  it('purges when it starts', async () => {
    const { sqliteBackend, manualClock } = await import('./helpers/stores');
    const { RetentionJob } = await import('../src/store/retention');
    const clock = manualClock();
    const backend = sqliteBackend();
    const store = await backend.open({ clock });
    await store.recordDecision({ sender: 'a@oakfield.example', recipients: [], action: 'allow', rules: [], findings: [], size: 1 });
    clock.advanceDays(31);
    const errors: unknown[] = [];
    const job = new RetentionJob(store, { retention_days: 30, quarantine_expiry_days: 14, audit_retention_days: 365, history_retention_days: 365, purge_interval_minutes: 60 }, (e) => errors.push(e));
    await job.start();
    await job.stop();
    expect(errors).toEqual([]);
    expect(await store.searchDecisions()).toEqual([]);
    await store.close();
    await backend.cleanup();
  });
});
