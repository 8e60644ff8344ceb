// Assembles a running gateway: rules, store (with its retention job), delivery
// and the SMTP listener. `mailward serve` and the integration tests both use it.
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import { NextHopDelivery, OutboxDelivery, type Delivery } from '../act/delivery';
import { RecipientCertificates } from '../act/smime';
import type { Config } from '../config/schema';
import { errorMessage } from '../errors';
import { defaultRulesDir, loadRuleSet, type RuleSet } from '../policy/load';
import { openStore, type OpenOptions } from '../store/open';
import { RetentionJob } from '../store/retention';
import type { Store } from '../store/store';
import { SenderRateLimiter } from './rate-limit';
import { verifyLogin } from '../store/users';
import { createSmtpServer, type SmtpListener } from './server';
import { loadTls } from './tls';
import { Gateway, type TransactionInput } from './transaction';
import { ScanPool, defaultScanThreads } from '../scan-pool';
import { startAdmin } from '../observe/admin';
import { Metrics } from '../observe/metrics';
import { performance } from 'node:perf_hooks';

export interface RunningGateway {
  address: { host: string; port: number };
  /** The implicit-TLS listener, when configured. */
  implicitTls?: { host: string; port: number };
  /** Where the STARTTLS certificate came from. */
  tls: string;
  /** Recipient addresses with a usable S/MIME certificate. */
  smimeCertificates: number;
  admin: { host: string; port: number };
  /** Loads the rules (and the S/MIME certificates) again; on any problem the rules in force stay and the error is thrown. */
  reloadRules(actor?: string): Promise<void>;
  store: Store;
  delivery: Delivery;
  close(): Promise<void>;
}

export interface StartOptions extends OpenOptions {
  log?: (event: Record<string, unknown>) => void;
}

function boundTo(listener: SmtpListener): { host: string; port: number } {
  const address = listener.server.server.address() as AddressInfo;
  return { host: address.address, port: address.port };
}

/** Copies a validated rules folder to <data_dir>/rules-in-force/<version>. */
function snapshotRules(from: string, dataDir: string, version: number): string {
  const to = path.join(dataDir, 'rules-in-force', String(version));
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
  return to;
}

/** Loads a snapshot; problems name the operator's files, not the snapshot's. */
function loadSnapshot(snapshot: string, source: string): RuleSet {
  try {
    return loadRuleSet(snapshot);
  } catch (err) {
    if (err instanceof Error) err.message = err.message.split(snapshot).join(source);
    throw err;
  }
}

/** The configured delivery step: the next hop, or the outbox folder. */
export function deliveryFor(config: Config): Delivery {
  if (!config.smtp.next_hop) return new OutboxDelivery(path.join(config.data_dir, 'outbox'));
  const { host, port } = hostPort(config.smtp.next_hop);
  return new NextHopDelivery(host, port, config.smtp.next_hop_tls === 'required');
}

function hostPort(value: string): { host: string; port: number } {
  const i = value.lastIndexOf(':');
  return { host: value.slice(0, i).replace(/^\[|\]$/g, ''), port: Number(value.slice(i + 1)) };
}

export async function startGateway(config: Config, options: StartOptions = {}): Promise<RunningGateway> {
  const log = options.log ?? (() => undefined);
  const source = config.rules_dir ?? defaultRulesDir();
  // Workers load rules from a snapshot, and the snapshot itself is what gets validated,
  // so an edit in progress (or an invalid file) never reaches a worker.
  let rulesVersion = 0;
  let inForce = snapshotRules(source, config.data_dir, rulesVersion);
  let rules: RuleSet = loadSnapshot(inForce, source);
  const store = await openStore(config, options);
  const retention = new RetentionJob(store, config.store, (err) => log({ event: 'purge_failed', error: errorMessage(err) }));
  await retention.start();
  const delivery = deliveryFor(config);
  const metrics = new Metrics();
  const observedLog = (event: Record<string, unknown>) => {
    if (event.event === 'decision') metrics.decision(String(event.action));
    log(event);
  };
  const pool = new ScanPool(config.smtp.scan_threads ?? defaultScanThreads());
  const scan = (raw: Buffer) => pool.scan(raw, config.limits, { dir: inForce, version: rulesVersion }, config.smtp.scan_timeout_ms);
  const route = config.smtp.encryption_route;
  const relay = route && hostPort(route.relay);
  const encryptionRoute = route && relay && {
    delivery: new NextHopDelivery(relay.host, relay.port, route.tls === 'required'),
    header: route.header,
    subjectTag: route.subject_tag,
    requireTLS: route.tls === 'required',
  };
  // Recipient certificates are read at start and again with the rules (SIGHUP).
  const certificatesDir = config.smtp.smime_certificates_dir;
  const loadCertificates = () => certificatesDir ? RecipientCertificates.load(certificatesDir, (m) => log({ event: 'smime_certificate_skipped', detail: m })) : undefined;
  let smime = loadCertificates();
  const gateway = new Gateway({ config, scan, rules: () => rules, store, delivery, encryptionRoute, smime: () => smime, log: observedLog });
  const observed = {
    async process(input: TransactionInput) {
      const started = performance.now();
      const reply = await gateway.process(input);
      metrics.reply(reply.code, (performance.now() - started) / 1000);
      return reply;
    },
  };
  const tls = await loadTls(config, options.notice ?? (() => undefined));
  const limiter = new SenderRateLimiter(config.smtp.rate_limit);
  // Relay accounts are console users: the same argon2id hashes, lock-out and audit.
  const authenticate = async (user: string, password: string) => (await verifyLogin(store, user, password)).ok;
  const start = async (at: string, secure: boolean) => {
    const listener = createSmtpServer(config, observed, tls, { secure, limiter, authenticate });
    const where = hostPort(at);
    await new Promise<void>((resolve, reject) => {
      listener.server.once('error', reject);
      listener.server.listen(where.port, where.host, () => resolve());
    });
    listener.server.on('error', (err) => log({ event: 'smtp_error', error: errorMessage(err) }));
    return listener;
  };
  const listener = await start(config.smtp.listen, false);
  const implicit = config.smtp.implicit_tls_listen ? await start(config.smtp.implicit_tls_listen, true) : undefined;
  const server = listener.server;
  let closing: Promise<void> | undefined;
  const adminAt = hostPort(config.admin_listen);
  const ready = async () => server.server.listening && (await store.driver.all('SELECT 1 AS ok')).length === 1;
  const admin = await startAdmin(adminAt.host, adminAt.port, metrics, ready);
  return {
    address: boundTo(listener),
    implicitTls: implicit && boundTo(implicit),
    tls: tls.source,
    smimeCertificates: smime?.size ?? 0,
    admin: admin.address,
    store,
    delivery,
    async reloadRules(actor = 'system') {
      const certificates = loadCertificates(); // a folder gone missing refuses the reload
      const snapshot = snapshotRules(source, config.data_dir, rulesVersion + 1);
      let next: RuleSet;
      try {
        next = loadSnapshot(snapshot, source); // throws with file:line, leaving the rules in force as they were
      } catch (err) {
        fs.rmSync(snapshot, { recursive: true, force: true });
        throw err;
      }
      const previous = inForce;
      rules = next;
      smime = certificates;
      rulesVersion++; // workers load the new rules before their next message
      inForce = snapshot;
      fs.rmSync(previous, { recursive: true, force: true });
      await store.audit(actor, 'rules.reload', source, `${next.policy.rules.length} rules`);
    },
    close() {
      closing ??= (async () => {
        // Stop accepting; transactions in flight finish before the store closes.
        await Promise.all([listener.drain(), implicit?.drain()]);
        await pool.close();
        await admin.close();
        await retention.stop();
        await delivery.close();
        await encryptionRoute?.delivery.close();
        await store.close();
      })();
      return closing;
    },
  };
}
