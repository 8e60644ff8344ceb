// `mailward user add|passwd|disable|list`: console accounts.
import readline from 'node:readline';
import type { Command } from 'commander';
import { MailwardError } from '../errors';
import { ROLES, type Role } from '../store/types';
import { addUser, disableUser, listUsers, setPassword } from '../store/users';
import { table } from './format';
import { actorOf, iso, withStore, withStoreOptions, type StoreFlags } from './store-context';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Asks twice on the terminal without echo. */
async function prompt(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new MailwardError('MW_ERR_USAGE', 'no terminal to ask for a password: use --password-stdin');
  const ask = (q: string) =>
    new Promise<string>((resolve) => {
      const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      const write = (rl as unknown as { _writeToOutput: (s: string) => void });
      write._writeToOutput = (s: string) => {
        if (s.includes(q)) process.stdout.write(s);
      };
      rl.question(q, (answer) => {
        rl.close();
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  const first = await ask(question);
  if ((await ask('Again: ')) !== first) throw new MailwardError('MW_ERR_USAGE', 'the two passwords differ');
  return first;
}

const password = (flags: { passwordStdin?: boolean }) => (flags.passwordStdin ? readStdin() : prompt('Password: '));

export function registerUser(program: Command): void {
  const user = program.command('user').description('console users (dpo, it_admin, auditor)');

  withStoreOptions(user.command('add').description('add a console user').argument('<name>'))
    .requiredOption('--role <role>', ROLES.join(' | '))
    .option('--password-stdin', 'read the password from standard input')
    .action(async (name: string, flags: StoreFlags & { role: string; passwordStdin?: boolean }) => {
      if (!ROLES.includes(flags.role as Role)) throw new MailwardError('MW_ERR_USAGE', `--role must be one of ${ROLES.join(', ')}`);
      const secret = await password(flags);
      await withStore(flags, async (store) => {
        const added = await addUser(store, name, flags.role as Role, secret, actorOf(flags));
        process.stdout.write(`added ${added.name} (${added.role})\n`);
      });
    });

  withStoreOptions(user.command('passwd').description("set a user's password").argument('<name>'))
    .option('--password-stdin', 'read the password from standard input')
    .action(async (name: string, flags: StoreFlags & { passwordStdin?: boolean }) => {
      const secret = await password(flags);
      await withStore(flags, async (store) => {
        await setPassword(store, name, secret, actorOf(flags));
        process.stdout.write(`password changed for ${name}\n`);
      });
    });

  withStoreOptions(user.command('disable').description('disable a user (kept for the audit trail)').argument('<name>'))
    .action(async (name: string, flags: StoreFlags) => {
      await withStore(flags, async (store) => {
        await disableUser(store, name, actorOf(flags));
        process.stdout.write(`disabled ${name}\n`);
      });
    });

  withStoreOptions(user.command('list').description('list users')).action(async (flags: StoreFlags) => {
    await withStore(flags, async (store) => {
      const users = await listUsers(store);
      const rows = [['name', 'role', 'state', 'created'], ...users.map((u) => [u.name, u.role, u.disabled ? 'disabled' : u.lockedUntil && u.lockedUntil > store.clock() ? 'locked' : 'active', iso(u.createdAt)])];
      process.stdout.write(`${table(rows).join('\n')}\n`);
    });
  });
}
