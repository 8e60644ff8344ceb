// Stores for tests: SQLite in a temporary folder, and PostgreSQL at 127.0.0.1:5432
// (database `test`) in a schema of its own, dropped afterwards.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { KeyRing } from '../../src/store/keyring';
import { PostgresDriver } from '../../src/store/sql/postgres-driver';
import { SqliteDriver } from '../../src/store/sql/sqlite-driver';
import { Store, type Clock } from '../../src/store/store';

export const POSTGRES_URL = process.env.MAILWARD_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export function testRing(id = 'k1'): KeyRing {
  return { currentId: id, keys: new Map([[id, crypto.randomBytes(32)]]), source: 'test' };
}

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** Opens a store on this backend's test location; the same location for every call in one test. */
  open(options?: { clock?: Clock; keys?: KeyRing; instance?: string }): Promise<Store>;
  cleanup(): Promise<void>;
  location: string;
}

export function sqliteBackend(): Backend {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailward-store-'));
  const file = path.join(dir, 'mailward.db');
  const keys = testRing();
  return {
    name: 'sqlite',
    location: file,
    open: (o = {}) => Store.open({ driver: new SqliteDriver(file), keys: o.keys ?? keys, instance: o.instance ?? 'test', clock: o.clock }),
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export function postgresBackend(): Backend {
  const schema = `mw_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const keys = testRing();
  return {
    name: 'postgres',
    location: schema,
    open: (o = {}) =>
      Store.open({ driver: new PostgresDriver(POSTGRES_URL, schema), keys: o.keys ?? keys, instance: o.instance ?? 'test', clock: o.clock, schema }),
    cleanup: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.UTC(2026, 0, 1)): Clock & { advanceDays(days: number): void; set(ms: number): void } {
  let now = start;
  const clock = (() => now) as Clock & { advanceDays(days: number): void; set(ms: number): void };
  clock.advanceDays = (days) => {
    now += days * 24 * 60 * 60 * 1000;
  };
  clock.set = (ms) => {
    now = ms;
  };
  return clock;
}
