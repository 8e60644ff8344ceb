// Opens the configured store: SQLite in the data folder (embedded default) or
// PostgreSQL, with the quarantine key ring, and runs migrations.
import path from 'node:path';
import type { Config } from '../config/schema';
import { loadKeyRing } from './keyring';
import { PostgresDriver } from './sql/postgres-driver';
import { SqliteDriver } from './sql/sqlite-driver';
import { Store, type Clock } from './store';

export interface OpenOptions {
  clock?: Clock;
  /** Told about first-start events (a key file created). */
  notice?: (message: string) => void;
  env?: NodeJS.ProcessEnv;
}

export function sqliteFile(config: Config): string {
  return config.store.sqlite_file ?? path.join(config.data_dir, 'mailward.db');
}

export function keyFile(config: Config): string {
  return config.keys.file ?? path.join(config.data_dir, 'quarantine.key');
}

export async function openStore(config: Config, options: OpenOptions = {}): Promise<Store> {
  const env = options.env ?? process.env;
  const postgres = config.store.backend === 'postgres';
  // Several gateways share a PostgreSQL store, so they must share its key: never invent one there.
  const keys = loadKeyRing({ env: env[config.keys.env_var] || undefined, file: keyFile(config), create: !postgres }, options.notice);
  const driver = postgres
    ? new PostgresDriver(config.store.postgres_url as string, config.store.postgres_schema)
    : new SqliteDriver(sqliteFile(config));
  return Store.open({
    driver, keys, instance: config.instance, clock: options.clock,
    schema: postgres ? config.store.postgres_schema : undefined,
  });
}
