// better-sqlite3 is synchronous; operations are queued so that an async
// transaction never interleaves with another caller's statements.
//
// Durability: with synchronous=FULL in WAL mode, SQLite makes a commit durable by
// syncing the WAL file inside the commit, which would hold the event loop for the
// disk's flush (most of a gateway's main-thread time per message). Here SQLite runs
// with synchronous=NORMAL, which is that same mode minus this one sync, and the
// driver does the sync itself on libuv's thread pool: a write resolves only once the
// WAL holding it is on disk. The guarantee callers get is FULL's; the event loop
// does not wait for the disk.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MailwardError, errorMessage } from '../../errors';
import type { SqlDriver, SqlExecutor, SqlValue } from './driver';

function translate(err: unknown, file: string): Error {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_FULL') return new MailwardError('MW_ERR_STORE_FULL', file, { cause: err });
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new MailwardError('MW_ERR_STORE_CORRUPT', `${file}: ${errorMessage(err)}`, { cause: err });
  }
  if (code.startsWith('SQLITE_')) return new MailwardError('MW_ERR_STORE_UNAVAILABLE', `${file}: ${errorMessage(err)}`, { cause: err });
  return err instanceof Error ? err : new Error(String(err));
}

const MAX_CACHED_STATEMENTS = 64;

export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database.Database;
  /**
   * One queue per database file for the whole process: better-sqlite3 blocks the
   * event loop while it waits for a lock, so two connections to one file in one
   * process must never wait on each other. Other processes wait on SQLite's lock.
   */
  private static readonly queues = new Map<string, Promise<unknown>>();
  private readonly executor: SqlExecutor;
  private readonly walMode: boolean;
  /** The WAL file, opened at the first write, for durable(). */
  private wal: Promise<fs.promises.FileHandle> | undefined;
  /** The WAL sync under way, and the one that will start after it (shared by commits made meanwhile). */
  private runningSync: Promise<void> | undefined;
  private nextSync: Promise<void> | undefined;
  /** WAL syncs done (each committed write is followed by one): for tests. */
  walSyncs = 0;

  constructor(readonly file: string) {
    // The log and the quarantine are for authorised staff only: owner-only folder and file.
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const created = !fs.existsSync(file);
    try {
      this.db = new Database(file, { timeout: 10000 });
      if (created) fs.chmodSync(file, 0o600); // SQLite gives its -wal and -shm files the same mode
      // WAL lets readers run beside a writer; the WAL sync that FULL adds is done by durable().
      // Where WAL is unavailable (some network filesystems), SQLite's own FULL sync it is.
      this.walMode = this.db.pragma('journal_mode = WAL', { simple: true }) === 'wal';
      this.db.pragma(this.walMode ? 'synchronous = NORMAL' : 'synchronous = FULL');
      this.db.pragma('foreign_keys = ON');
    } catch (err) {
      throw translate(err, file);
    }
    // The gateway issues a few fixed statements per message; preparing each once saves parsing
    // it every time. Searches build theirs from filters, so the cache is bounded.
    const statements = new Map<string, Database.Statement>();
    const prepared = (sql: string): Database.Statement => {
      const cached = statements.get(sql);
      if (cached) return cached;
      const statement = this.db.prepare(sql);
      if (statements.size < MAX_CACHED_STATEMENTS) statements.set(sql, statement);
      return statement;
    };
    const run = (sql: string, params: SqlValue[] = []) => {
      try {
        return prepared(sql).run(...params).changes;
      } catch (err) {
        throw translate(err, file);
      }
    };
    const all = <T>(sql: string, params: SqlValue[] = []) => {
      try {
        return prepared(sql).all(...params) as T[];
      } catch (err) {
        throw translate(err, file);
      }
    };
    this.executor = {
      all: async <T>(sql: string, params?: SqlValue[]) => all<T>(sql, params),
      run: async (sql: string, params?: SqlValue[]) => run(sql, params),
    };
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const key = path.resolve(this.file);
    const next = (SqliteDriver.queues.get(key) ?? Promise.resolve()).then(work, work);
    const settled = next.catch(() => undefined);
    SqliteDriver.queues.set(key, settled);
    void settled.then(() => {
      if (SqliteDriver.queues.get(key) === settled) SqliteDriver.queues.delete(key);
    });
    return next;
  }

  all<T>(sql: string, params?: SqlValue[]): Promise<T[]> {
    return this.serial(() => this.executor.all<T>(sql, params));
  }

  async run(sql: string, params?: SqlValue[]): Promise<number> {
    const changes = await this.serial(() => this.executor.run(sql, params));
    await this.durable();
    return changes;
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const result = await this.serial(async () => {
      // IMMEDIATE takes the write lock now, so two processes cannot both start a migration.
      this.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.executor);
        this.exec('COMMIT');
        return result;
      } catch (err) {
        if (this.db.inTransaction) this.exec('ROLLBACK');
        throw err;
      }
    });
    await this.durable();
    return result;
  }

  /**
   * Resolves once a WAL sync that started after this call has finished: that sync covers
   * every commit made before it. Outside the queue, so the next statement runs while the
   * disk flushes; commits that arrive during a sync share the next one.
   */
  private durable(): Promise<void> {
    if (!this.walMode) return Promise.resolve();
    this.nextSync ??= (async () => {
      await this.runningSync?.catch(() => undefined);
      this.nextSync = undefined; // from here on, a commit needs the sync after this one
      this.runningSync = this.syncWal();
      await this.runningSync;
    })();
    return this.nextSync;
  }

  private async syncWal(): Promise<void> {
    try {
      // The WAL exists from the first write on and, while this connection is open, is
      // only ever reset or truncated in place (SQLite deletes it at the last close).
      this.wal ??= fs.promises.open(`${this.file}-wal`, 'r');
      const { fd } = await this.wal;
      // The callback form: FileHandle.sync() costs the event loop about twice as much.
      await new Promise<void>((resolve, reject) => fs.fsync(fd, (err) => (err ? reject(err) : resolve())));
      this.walSyncs++;
    } catch (err) {
      this.wal = undefined;
      throw new MailwardError('MW_ERR_STORE_UNAVAILABLE', `${this.file}-wal: cannot sync: ${errorMessage(err)}`, { cause: err });
    }
  }

  /** A single SQLite file has one writer at a time; the transaction lock is the exclusion. */
  exclusive<T>(_name: string, work: () => Promise<T>): Promise<T | null> {
    return work();
  }

  private exec(sql: string): void {
    try {
      this.db.exec(sql);
    } catch (err) {
      throw translate(err, this.file);
    }
  }

  async close(): Promise<void> {
    await this.serial(async () => this.db.close());
    await this.nextSync?.catch(() => undefined);
    await this.runningSync?.catch(() => undefined);
    // After the database and the syncs under way.
    const wal = this.wal;
    this.wal = undefined;
    await (await wal?.catch(() => undefined))?.close();
  }
}
