// Store benchmarks: durable decision writes per second, and quarantine write
// latency (encrypt + committed insert), for each backend.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { PostgresDriver } from '../src/store/sql/postgres-driver';
import { SqliteDriver } from '../src/store/sql/sqlite-driver';
import { Store } from '../src/store/store';
import { schoolText } from './fixtures';

const POSTGRES_URL = process.env.MAILWARD_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const keys = { currentId: 'bench', keys: new Map([['bench', crypto.randomBytes(32)]]), source: 'bench' };

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

async function measure(name: string, store: Store): Promise<void> {
  const decisions = 500;
  const started = performance.now();
  for (let i = 0; i < decisions; i++) {
    await store.recordDecision({
      sender: 'a@oakfield.example', recipients: [{ address: 'b@partner.example', field: 'to', class: 'external' }], action: 'encrypt',
      rules: ['external-personal-data'], findings: [{ type: 'nhs_number', category: 'identifier', count: 1, confidence: 0.95, where: 'body', sample: '943 *** **19' }],
      size: 10240,
    });
  }
  const perSecond = decisions / ((performance.now() - started) / 1000);
  const raw = Buffer.from(schoolText(20 * 1024));
  const latencies: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    await store.quarantine({ sender: 'a@oakfield.example', recipients: ['b@partner.example'], action: 'quarantine', rules: ['r'], raw });
    latencies.push(performance.now() - t);
  }
  console.log(`  ${name.padEnd(10)} ${perSecond.toFixed(0).padStart(8)} decisions/s   quarantine 20 KB: p50 ${percentile(latencies, 0.5).toFixed(2)} ms  p99 ${percentile(latencies, 0.99).toFixed(2)} ms`);
}

export async function benchStore(): Promise<void> {
  console.log('\nStore (each write committed and synced before the next):');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailward-bench-'));
  const sqlite = await Store.open({ driver: new SqliteDriver(path.join(dir, 'bench.db')), keys, instance: 'bench' });
  await measure('sqlite', sqlite);
  await sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const schema = `mw_bench_${process.pid}`;
  try {
    const postgres = await Store.open({ driver: new PostgresDriver(POSTGRES_URL, schema), keys, instance: 'bench', schema });
    await measure('postgres', postgres);
    await postgres.close();
  } catch (err) {
    console.log(`  postgres   not measured: ${(err as Error).message}`);
  } finally {
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect().then(() => client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
