// Versioned schema migrations, run at start. Each runs in a transaction that
// holds a lock every process takes (BEGIN IMMEDIATE in SQLite, an advisory
// transaction lock in PostgreSQL), so running them twice, or from two processes
// at once, applies each version exactly once.
import type { SqlDriver, SqlExecutor } from './driver';
import { PostgresDriver } from './postgres-driver';

interface Migration {
  version: number;
  description: string;
  /** Statements; BLOB becomes BYTEA in PostgreSQL. */
  statements: string[];
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'decisions, quarantine, audit, recipient history, users',
    statements: [
      `CREATE TABLE decisions (
        id TEXT PRIMARY KEY, time BIGINT NOT NULL, message_id TEXT, sender TEXT NOT NULL,
        recipients TEXT NOT NULL, action TEXT NOT NULL, rules TEXT NOT NULL, findings TEXT NOT NULL,
        size BIGINT NOT NULL, client_address TEXT, instance TEXT NOT NULL)`,
      'CREATE INDEX decisions_time ON decisions (time)',
      'CREATE INDEX decisions_sender ON decisions (sender, time)',
      'CREATE INDEX decisions_action ON decisions (action, time)',
      `CREATE TABLE quarantine (
        id TEXT PRIMARY KEY, decision_id TEXT, time BIGINT NOT NULL, sender TEXT NOT NULL,
        recipients TEXT NOT NULL, action TEXT NOT NULL, rules TEXT NOT NULL, state TEXT NOT NULL,
        key_id TEXT, content BLOB, size BIGINT NOT NULL, decided_by TEXT, decided_at BIGINT, reason TEXT)`,
      'CREATE INDEX quarantine_state ON quarantine (state, time)',
      `CREATE TABLE audit (
        id TEXT PRIMARY KEY, time BIGINT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
        target TEXT, detail TEXT)`,
      'CREATE INDEX audit_time ON audit (time)',
      `CREATE TABLE recipient_history (
        pair TEXT PRIMARY KEY, first_seen BIGINT NOT NULL, last_seen BIGINT NOT NULL, messages BIGINT NOT NULL)`,
      `CREATE TABLE users (
        name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL,
        failed_attempts INTEGER NOT NULL DEFAULT 0, locked_until BIGINT, disabled INTEGER NOT NULL DEFAULT 0,
        created_at BIGINT NOT NULL, password_changed_at BIGINT NOT NULL)`,
    ],
  },
];

const MIGRATION_TABLE = 'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at BIGINT NOT NULL)';

function forDialect(sql: string, dialect: SqlDriver['dialect']): string {
  return dialect === 'postgres' ? sql.replace(/\bBLOB\b/g, 'BYTEA') : sql;
}

/** Applies every migration not yet applied; returns the versions it applied. */
export async function migrate(driver: SqlDriver, schema: string | undefined, now: () => number): Promise<number[]> {
  return driver.transaction(async (tx: SqlExecutor) => {
    if (driver.dialect === 'postgres') {
      await PostgresDriver.lockInTransaction(tx, 'migrations');
      if (schema) await tx.run(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/"/g, '')}"`);
    }
    await tx.run(MIGRATION_TABLE);
    const done = new Set((await tx.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const statement of m.statements) await tx.run(forDialect(statement, driver.dialect));
      await tx.run('INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)', [m.version, m.description, now()]);
      applied.push(m.version);
    }
    return applied;
  });
}
