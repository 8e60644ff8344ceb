// Child process for the concurrency test: opens the shared PostgreSQL store and
// writes N decisions and N quarantine items. Plain JS over the built dist/.
const { Store } = require('../../dist/src/store/store');
const { PostgresDriver } = require('../../dist/src/store/sql/postgres-driver');

async function main() {
  const [url, schema, count, tag, keyB64] = process.argv.slice(2);
  const keys = { currentId: 'k1', keys: new Map([['k1', Buffer.from(keyB64, 'base64')]]), source: 'test' };
  const store = await Store.open({ driver: new PostgresDriver(url, schema), keys, instance: tag, schema });
  const writes = [];
  for (let i = 0; i < Number(count); i++) {
    writes.push(store.recordDecision({ sender: `${tag}@oakfield.example`, recipients: [], action: 'allow', rules: [], findings: [], size: i }));
    writes.push(store.quarantine({ sender: `${tag}@oakfield.example`, recipients: ['x@partner.example'], action: 'quarantine', rules: ['r'], raw: Buffer.from(`message ${tag} ${i}`) }));
  }
  await Promise.all(writes);
  await store.close();
}
main().catch((err) => {
  console.error(err);
  process.exit(1);
});
