// `mailward keys rotate`: a new quarantine key becomes current and every held
// message is re-encrypted with it. The key file is written first (atomically),
// so no message is ever encrypted with a key that is not on disk.
import crypto from 'node:crypto';
import type { Command } from 'commander';
import { MailwardError } from '../errors';
import { newKeyId, readKeyFile, writeKeyFile } from '../store/keyring';
import { keyFile } from '../store/open';
import { actorOf, withStore, withStoreOptions, type StoreFlags } from './store-context';

export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('quarantine encryption keys');
  withStoreOptions(keys.command('rotate').description('make a new key current and re-encrypt the quarantine with it')).action(
    async (flags: StoreFlags) => {
      await withStore(flags, async (store, config) => {
        if (process.env[config.keys.env_var]) {
          throw new MailwardError('MW_ERR_USAGE', `the key comes from ${config.keys.env_var}: rotate it in your secret store (set "newid:base64" and keep the old key in a key file until re-encrypted)`);
        }
        const file = keyFile(config);
        const ring = readKeyFile(file);
        const id = newKeyId();
        ring.keys.set(id, crypto.randomBytes(32));
        writeKeyFile(file, { currentId: id, keys: ring.keys });
        const count = await store.reencrypt({ ...ring, currentId: id }, actorOf(flags));
        process.stdout.write(`new key ${id} is current in ${file}; ${count} quarantined messages re-encrypted\n`);
      });
    },
  );
}
