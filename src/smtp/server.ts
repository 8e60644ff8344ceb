// The SMTP listener (smtp-server): who may relay, envelope checks, size and
// recipient limits; each message then goes through the Gateway, and the reply
// is sent only when every recipient's outcome is final.
import ipaddr from 'ipaddr.js';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { stripOwnHeaders } from '../act/headers';
import type { Config } from '../config/schema';
import { classify, domainOf } from '../recipients/classify';
import type { SenderRateLimiter } from './rate-limit';
import type { TlsMaterial } from './tls';
import type { Gateway, Reply } from './transaction';

export class SmtpReplyError extends Error {
  constructor(readonly responseCode: number, message: string) {
    super(message);
  }
}

const replyError = (reply: Reply) => new SmtpReplyError(reply.code, `${reply.enhanced} ${reply.text}`);

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** The relay allowlist, parsed once (not at every MAIL FROM). */
export function parseCidrs(cidrs: string[]): Range[] {
  return cidrs.map((cidr) => ipaddr.parseCIDR(cidr));
}

/** True when `address` is inside one of the ranges (IPv4-mapped IPv6 counts as IPv4). */
export function allowedClient(address: string, ranges: Range[]): boolean {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    ip = ipaddr.process(address);
  } catch {
    return false;
  }
  return ranges.some(([range, bits]) => ip.kind() === range.kind() && ip.match([range, bits] as [typeof ip, number]));
}

function readAll(stream: SMTPServerDataStream): Promise<{ raw: Buffer; tooBig: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('error', reject);
    stream.on('end', () => resolve({ raw: Buffer.concat(chunks), tooBig: stream.sizeExceeded }));
  });
}

export interface SmtpListener {
  server: SMTPServer;
  /** Stops accepting: new connections are refused, new transactions get 421; DATA in flight finishes. */
  drain(): Promise<void>;
}

const SHUTTING_DOWN = () => new SmtpReplyError(421, '4.3.2 Mailward is shutting down; try again shortly');

export interface ListenerOptions {
  /** TLS from the first byte (implicit TLS) instead of STARTTLS. */
  secure?: boolean;
  /** Shared by every listener of one gateway. */
  limiter: SenderRateLimiter;
  /** Checks a relay account's password (console users); AUTH is off without it. */
  authenticate?: (user: string, password: string) => Promise<boolean>;
}

const RELAY_DENIED = () => new SmtpReplyError(554, '5.7.1 Relay access denied: this client may not send through Mailward');

export function createSmtpServer(config: Config, gateway: Pick<Gateway, 'process'>, tls: TlsMaterial, options: ListenerOptions): SmtpListener {
  const internal = { internal: config.organisation.internal_domains, freemail: [], secure: [] };
  const relayRanges = parseCidrs(config.smtp.allow_cidrs);
  let draining = false;
  const { limiter, authenticate } = options;
  const authEnabled = Boolean(authenticate) && config.smtp.auth_users.length > 0;
  const server = new SMTPServer({
    secure: options.secure ?? false,
    // AUTH only when relay accounts are configured, and smtp-server offers it only over TLS.
    authMethods: ['PLAIN', 'LOGIN'],
    allowInsecureAuth: false,
    closeTimeout: 30_000, // idle connections get 421 after this long; transactions in flight finish first
    banner: config.smtp.banner,
    key: tls.key, // STARTTLS is offered with this certificate
    cert: tls.cert,
    size: config.smtp.max_message_bytes,
    authOptional: true,
    disabledCommands: authEnabled ? [] : ['AUTH'],
    onAuth(auth, _session, callback) {
      const user = auth.username ?? '';
      const allowed = config.smtp.auth_users.includes(user) && authenticate !== undefined;
      (allowed ? (authenticate as NonNullable<typeof authenticate>)(user, auth.password ?? '') : Promise.resolve(false)).then(
        (ok) => (ok ? callback(null, { user }) : callback(new SmtpReplyError(535, '5.7.8 Authentication failed'))),
        () => callback(new SmtpReplyError(454, '4.7.0 Authentication unavailable; try again later')),
      );
    },
    disableReverseLookup: true,
    hideENHANCEDSTATUSCODES: true, // the replies below carry their own enhanced codes
    logger: false,
    onConnect(session: SMTPServerSession, callback) {
      if (draining) return callback(SHUTTING_DOWN());
      // With relay accounts, an unknown client may still authenticate; it is checked at MAIL FROM.
      if (authEnabled || allowedClient(session.remoteAddress, relayRanges)) return callback();
      return callback(RELAY_DENIED());
    },
    onMailFrom(address, session, callback) {
      if (draining) return callback(SHUTTING_DOWN());
      if (!session.user && !allowedClient(session.remoteAddress, relayRanges)) {
        return callback(authEnabled ? new SmtpReplyError(530, '5.7.0 Authentication required') : RELAY_DENIED());
      }
      if (classify(address.address, internal) !== 'internal') {
        return callback(new SmtpReplyError(550, `5.7.1 Sender domain ${domainOf(address.address) || '(none)'} is not one of the organisation's domains`));
      }
      const limited = limiter.checkMessage(address.address);
      return callback(limited ? new SmtpReplyError(451, `4.7.1 Rate limit: ${limited}; try again later`) : undefined);
    },
    onRcptTo(_address, session, callback) {
      if (session.envelope.rcptTo.length >= config.smtp.max_recipients) {
        return callback(new SmtpReplyError(452, `4.5.3 Too many recipients (at most ${config.smtp.max_recipients} per message)`));
      }
      const sender = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
      const limited = limiter.checkRecipient(sender, session.envelope.rcptTo.length);
      return callback(limited ? new SmtpReplyError(451, `4.7.1 Rate limit: ${limited}; try again later`) : undefined);
    },
    onData(stream, session, callback) {
      readAll(stream)
        .then(async ({ raw, tooBig }) => {
          if (tooBig) throw new SmtpReplyError(552, `5.3.4 Message is larger than the ${config.smtp.max_message_bytes}-byte limit`);
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
          limiter.record(from, session.envelope.rcptTo.length);
          const reply = await gateway.process({ raw: stripOwnHeaders(raw), from, to: session.envelope.rcptTo.map((r) => r.address), clientAddress: session.remoteAddress });
          if (reply.code >= 400) throw replyError(reply);
          callback(null, `${reply.enhanced} ${reply.text}`);
        })
        .catch((err: unknown) => {
          callback(err instanceof SmtpReplyError ? err : new SmtpReplyError(451, '4.3.0 Temporary failure; try again later'));
        });
    },
  });
  return {
    server,
    drain() {
      draining = true;
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
