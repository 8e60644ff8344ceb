// The little SQL surface the store needs, so one Store serves SQLite and PostgreSQL.
// SQL is written once with `?` placeholders; times are epoch milliseconds,
// JSON is text, binary is BLOB / BYTEA.

export type SqlValue = string | number | bigint | Buffer | null;

export interface SqlExecutor {
  all<T = Record<string, unknown>>(sql: string, params?: SqlValue[]): Promise<T[]>;
  run(sql: string, params?: SqlValue[]): Promise<number>; // rows changed
}

export interface SqlDriver extends SqlExecutor {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs `work` in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs `work` only if no other process holds `name`; returns null when it was held. */
  exclusive<T>(name: string, work: () => Promise<T>): Promise<T | null>;
  close(): Promise<void>;
}
