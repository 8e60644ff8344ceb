// Shared by the operator commands: configuration (--config, --data-dir), the
// store it names, and who is acting (for the audit trail).
import os from 'node:os';
import type { Command } from 'commander';
import { loadConfig } from '../config/load';
import type { Config } from '../config/schema';
import { openStore } from '../store/open';
import type { Store } from '../store/store';

export interface StoreFlags {
  config?: string;
  dataDir?: string;
  as?: string;
}

export function withStoreOptions(command: Command): Command {
  return command
    .option('--config <file>', 'configuration file (YAML)')
    .option('--data-dir <dir>', 'data folder (store, keys, outbox); default ./data')
    .option('--as <name>', 'who is acting, for the audit trail (default: cli:<login name>)');
}

export function configFrom(flags: StoreFlags): Config {
  const config = loadConfig(flags.config);
  return flags.dataDir ? { ...config, data_dir: flags.dataDir } : config;
}

export function actorOf(flags: StoreFlags): string {
  return flags.as ?? `cli:${os.userInfo().username}`;
}

/** Opens the store, runs `work`, and always closes it. */
export async function withStore<T>(flags: StoreFlags, work: (store: Store, config: Config) => Promise<T>): Promise<T> {
  const config = configFrom(flags);
  const store = await openStore(config, { notice: (m) => process.stderr.write(`mailward: ${m}\n`) });
  try {
    return await work(store, config);
  } finally {
    await store.close();
  }
}

export const iso = (ms: number | null): string => (ms === null ? '' : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'));
