// Console users: argon2id password hashes, the schools' password policy (R19:
// 8+ characters with upper, lower, digit and symbol), lock-out after repeated
// failures, and every change in the audit trail.
import argon2 from 'argon2';
import { MailwardError } from '../errors';
import type { Store } from './store';
import { ROLES, type Role, type UserRecord } from './types';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

/** What is wrong with a password, or null when it meets the policy. */
export function passwordProblem(password: string): string | null {
  const missing: string[] = [];
  if (password.length < 8) missing.push('at least 8 characters');
  if (!/\p{Lu}/u.test(password)) missing.push('an upper-case letter');
  if (!/\p{Ll}/u.test(password)) missing.push('a lower-case letter');
  if (!/\d/.test(password)) missing.push('a digit');
  if (!/[^\p{L}\d]/u.test(password)) missing.push('a symbol');
  return missing.length ? `password needs ${missing.join(', ')}` : null;
}

function checkPolicy(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new MailwardError('MW_ERR_PASSWORD_POLICY', problem);
}

interface UserRow {
  name: string; role: string; password_hash: string; failed_attempts: number; locked_until: number | null; disabled: number; created_at: number;
}

function recordOf(row: UserRow): UserRecord {
  return {
    name: row.name, role: row.role as Role, failedAttempts: Number(row.failed_attempts),
    lockedUntil: row.locked_until === null ? null : Number(row.locked_until), disabled: Number(row.disabled) === 1,
    createdAt: Number(row.created_at),
  };
}

async function row(store: Store, name: string): Promise<UserRow | undefined> {
  return (await store.driver.all<UserRow>('SELECT * FROM users WHERE name = ?', [name]))[0];
}

export async function addUser(store: Store, name: string, role: Role, password: string, actor: string): Promise<UserRecord> {
  if (!/^[A-Za-z0-9._@-]{2,64}$/.test(name)) throw new MailwardError('MW_ERR_USAGE', 'user names are 2-64 letters, digits, . _ @ or -');
  if (!ROLES.includes(role)) throw new MailwardError('MW_ERR_USAGE', `role must be one of ${ROLES.join(', ')}`);
  checkPolicy(password);
  if (await row(store, name)) throw new MailwardError('MW_ERR_STATE', `user ${name} already exists`);
  const hash = await argon2.hash(password, { type: argon2.argon2id });
  const now = store.clock();
  await store.driver.transaction(async (tx) => {
    await tx.run('INSERT INTO users (name, role, password_hash, created_at, password_changed_at) VALUES (?, ?, ?, ?, ?)', [name, role, hash, now, now]);
    await store.auditIn(tx, actor, 'user.add', name, `role ${role}`);
  });
  return recordOf((await row(store, name)) as UserRow);
}

export async function setPassword(store: Store, name: string, password: string, actor: string): Promise<void> {
  checkPolicy(password);
  if (!(await row(store, name))) throw new MailwardError('MW_ERR_NOT_FOUND', `no user ${name}`);
  const hash = await argon2.hash(password, { type: argon2.argon2id });
  await store.driver.run('UPDATE users SET password_hash = ?, password_changed_at = ?, failed_attempts = 0, locked_until = NULL WHERE name = ?', [
    hash, store.clock(), name,
  ]);
  await store.audit(actor, 'user.passwd', name);
}

export async function disableUser(store: Store, name: string, actor: string): Promise<void> {
  const changed = await store.driver.run('UPDATE users SET disabled = 1 WHERE name = ?', [name]);
  if (changed === 0) throw new MailwardError('MW_ERR_NOT_FOUND', `no user ${name}`);
  await store.audit(actor, 'user.disable', name);
}

export async function listUsers(store: Store): Promise<UserRecord[]> {
  return (await store.driver.all<UserRow>('SELECT * FROM users ORDER BY name')).map(recordOf);
}

export type LoginResult = { ok: true; user: UserRecord } | { ok: false; reason: 'unknown' | 'disabled' | 'locked' | 'password' };

/** Checks a password; five failures in a row lock the account for fifteen minutes. */
export async function verifyLogin(store: Store, name: string, password: string): Promise<LoginResult> {
  const user = await row(store, name);
  const now = store.clock();
  if (!user) {
    await argon2.hash(password, { type: argon2.argon2id }); // the same cost whether or not the user exists
    return { ok: false, reason: 'unknown' };
  }
  if (Number(user.disabled) === 1) return { ok: false, reason: 'disabled' };
  if (user.locked_until !== null && Number(user.locked_until) > now) return { ok: false, reason: 'locked' };
  if (await argon2.verify(user.password_hash, password)) {
    await store.driver.run('UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE name = ?', [name]);
    return { ok: true, user: recordOf({ ...user, failed_attempts: 0, locked_until: null }) };
  }
  const failures = Number(user.failed_attempts) + 1;
  const lock = failures >= MAX_FAILED_ATTEMPTS ? now + LOCKOUT_MS : null;
  await store.driver.run('UPDATE users SET failed_attempts = ?, locked_until = ? WHERE name = ?', [lock ? 0 : failures, lock, name]);
  if (lock) await store.audit('system', 'user.locked', name, `${MAX_FAILED_ATTEMPTS} failed sign-ins`);
  return { ok: false, reason: 'password' };
}
