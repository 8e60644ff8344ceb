// PostgreSQL through a pg pool, for several gateways sharing one store.
import crypto from 'node:crypto';
import pg from 'pg';
import { MailwardError, errorMessage } from '../../errors';
import type { SqlDriver, SqlExecutor, SqlValue } from './driver';

// BIGINT (int8) arrives as a string by default; Mailward's numbers (epoch ms, sizes) fit a double.
pg.types.setTypeParser(20, (v: string) => Number(v));

/** `?` placeholders become $1, $2... (Mailward's SQL has no literal question marks). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function translate(err: unknown, where: string): Error {
  const code = (err as { code?: string }).code ?? '';
  if (code === '53100') return new MailwardError('MW_ERR_STORE_FULL', where, { cause: err });
  if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNRESET', '57P01', '57P03', '3D000', '28P01', '28000'].includes(code) || /connect|terminat/i.test(errorMessage(err))) {
    return new MailwardError('MW_ERR_STORE_UNAVAILABLE', `${where}: ${errorMessage(err)}`, { cause: err });
  }
  return err instanceof Error ? err : new Error(String(err));
}

function executorOf(client: pg.Pool | pg.PoolClient, where: string): SqlExecutor {
  return {
    async all<T>(sql: string, params: SqlValue[] = []) {
      try {
        return (await client.query(numbered(sql), params as unknown[])).rows as T[];
      } catch (err) {
        throw translate(err, where);
      }
    },
    async run(sql: string, params: SqlValue[] = []) {
      try {
        return (await client.query(numbered(sql), params as unknown[])).rowCount ?? 0;
      } catch (err) {
        throw translate(err, where);
      }
    },
  };
}

/** A stable 64-bit advisory-lock key for a name. */
function lockKey(name: string): string {
  return crypto.createHash('sha256').update(`mailward:${name}`).digest().readBigInt64BE(0).toString();
}

export class PostgresDriver implements SqlDriver {
  readonly dialect = 'postgres' as const;
  private readonly pool: pg.Pool;
  private readonly executor: SqlExecutor;
  private readonly where: string;

  constructor(url: string, schema: string) {
    const parsed = new URL(url);
    this.where = `postgres ${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
    this.pool = new pg.Pool({ connectionString: url, max: 8, connectionTimeoutMillis: 5000, options: `-c search_path=${schema}` });
    this.pool.on('error', () => undefined); // an idle client dropped by the server; the next query reports it
    this.executor = executorOf(this.pool, this.where);
  }

  all<T>(sql: string, params?: SqlValue[]): Promise<T[]> {
    return this.executor.all<T>(sql, params);
  }

  run(sql: string, params?: SqlValue[]): Promise<number> {
    return this.executor.run(sql, params);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      throw translate(err, this.where);
    }
    try {
      await client.query('BEGIN');
      const result = await work(executorOf(client, this.where));
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw translate(err, this.where);
    } finally {
      client.release();
    }
  }

  /** A session advisory lock: only one instance runs `work` at a time; the others skip it. */
  async exclusive<T>(name: string, work: () => Promise<T>): Promise<T | null> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      throw translate(err, this.where);
    }
    const key = lockKey(name);
    try {
      const { rows } = await client.query('SELECT pg_try_advisory_lock($1) AS locked', [key]);
      if (!rows[0].locked) return null;
      try {
        return await work();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [key]);
      }
    } finally {
      client.release();
    }
  }

  /** Serialises a transaction against the same lock in every process (migrations). */
  static lockInTransaction(tx: SqlExecutor, name: string): Promise<unknown> {
    return tx.all('SELECT pg_advisory_xact_lock(?::bigint)', [lockKey(name)]);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
