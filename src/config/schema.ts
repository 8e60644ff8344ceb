// The one validated configuration schema. Every setting has a default here, so a
// gateway runs without a file; a file and command-line flags override it.
import os from 'node:os';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';

const isCidr = (value: string): boolean => {
  try {
    ipaddr.parseCIDR(value);
    return true;
  } catch {
    return false;
  }
};

const domain = z
  .string()
  .min(1)
  .transform((d) => d.trim().toLowerCase().replace(/^@/, ''))
  .pipe(z.string().regex(/^[a-z0-9.-]+\.[a-z0-9-]+$|^[a-z0-9-]+$/, 'not a domain name'));

export const limitsSchema = z
  .object({
    /** Largest single attachment (decoded bytes) that is opened at all. */
    max_attachment_bytes: z.number().int().positive().default(50 * 1024 * 1024),
    /** Total bytes all archives of one message may expand to. */
    max_expanded_bytes: z.number().int().positive().default(100 * 1024 * 1024),
    /** Largest compression ratio an archive entry may claim. */
    max_compression_ratio: z.number().positive().default(200),
    /** Archives and forwarded messages nested deeper than this are not opened. */
    max_depth: z.number().int().min(1).default(5),
    /** Entries one archive may hold. */
    max_archive_entries: z.number().int().positive().default(5000),
    /** Time one attachment may take to extract. */
    attachment_timeout_ms: z.number().int().positive().default(20000),
    /** OCR image-only PDF pages and image attachments (English; offline). */
    ocr: z.boolean().default(true),
    /** Images OCR'd per message at most: each costs about half a second. */
    ocr_max_images: z.number().int().min(0).default(8),
    /** Image attachments smaller than this are logos and icons, not scanned documents. */
    ocr_min_image_bytes: z.number().int().min(0).default(20 * 1024),
    /** Characters of text kept per extracted part; the rest is scanned no further. */
    max_text_chars: z.number().int().positive().default(20 * 1024 * 1024),
  })
  .strict();

export const storeSchema = z
  .object({
    /** sqlite: a file in the data folder (the embedded default); postgres: several gateways share one store. */
    backend: z.enum(['sqlite', 'postgres']).default('sqlite'),
    /** Default: <data_dir>/mailward.db */
    sqlite_file: z.string().optional(),
    postgres_url: z.string().regex(/^postgres(ql)?:\/\//, 'a postgres:// URL').optional(),
    postgres_schema: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'lower-case letters, digits and _').default('mailward'),
    /** Decisions and quarantine are purged after this many days (schools' policies: 30). */
    retention_days: z.number().int().min(1).default(30),
    /** Held mail nobody decided on expires after this many days: content deleted, state `expired`. */
    quarantine_expiry_days: z.number().int().min(1).default(14),
    /** The audit trail is kept for its own, longer period. */
    audit_retention_days: z.number().int().min(1).default(365),
    /** Sender-recipient history (for first-time recipient warnings). */
    history_retention_days: z.number().int().min(1).default(365),
    purge_interval_minutes: z.number().int().min(1).default(60),
  })
  .strict()
  .refine((s) => s.backend !== 'postgres' || s.postgres_url, { message: 'postgres_url is required with backend: postgres', path: ['postgres_url'] })
  .refine((s) => s.quarantine_expiry_days <= s.retention_days, { message: 'quarantine_expiry_days cannot exceed retention_days', path: ['quarantine_expiry_days'] });

const hostPort = z.string().regex(/^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/, 'HOST:PORT');

export const smtpSchema = z
  .object({
    /** Where the upstream mail server connects. */
    listen: hostPort.default('127.0.0.1:2525'),
    /**
     * Accounts (console users, `mailward user add`) that may relay after AUTH from
     * outside allow_cidrs. AUTH is offered only over TLS; empty: no AUTH at all.
     */
    auth_users: z.array(z.string().min(1)).default([]),
    /** Optional second listener with TLS from the first byte (implicit TLS, as on port 465). */
    implicit_tls_listen: hostPort.optional(),
    /** Clients allowed to relay (CIDR); anyone else gets 554. Never an open relay. */
    allow_cidrs: z.array(z.string().refine((v) => isCidr(v), 'not a CIDR range, e.g. 10.0.0.0/8 or ::1/128')).default(['127.0.0.0/8', '::1/128']),
    /** Advertised with SIZE and enforced (552), also for clients that ignore SIZE. */
    max_message_bytes: z.number().int().positive().default(25 * 1024 * 1024),
    max_recipients: z.number().int().positive().default(100),
    /** Per sender, per hour (R21: no mass mailing); over it: 451 4.7.1, retried later. */
    rate_limit: z
      .object({ messages_per_hour: z.number().int().positive().default(500), recipients_per_hour: z.number().int().positive().default(2000) })
      .strict()
      .prefault({}),
    /** Time budget for scanning one message; past it the reply is 451 (retry), never pass-through. */
    scan_timeout_ms: z.number().int().positive().default(60_000),
    /**
     * What the gateway does when external recipients can see each other (R2):
     * as_rules (block or warn as decided), hold (for review instead of blocking),
     * rewrite_to_bcc (each external recipient gets a copy addressed to them alone).
     */
    cc_exposure: z.enum(['as_rules', 'hold', 'rewrite_to_bcc']).default('as_rules'),
    /** Scan worker threads; default: one less than the CPUs, at least two (a large attachment never holds up all mail). */
    scan_threads: z.number().int().min(1).optional(),
    banner: z.string().default('Mailward outbound DLP gateway'),
    /** The next hop (HOST:PORT); without one, accepted mail is written to <data_dir>/outbox. */
    next_hop: hostPort.optional(),
    next_hop_tls: z.enum(['opportunistic', 'required']).default('opportunistic'),
    /**
     * Where `encrypt` sends mail for recipients outside the secure domains: a relay
     * that encrypts (Microsoft 365 message encryption, a secure portal), with the
     * header and/or subject tag it recognises. Without a route such mail is held.
     */
    encryption_route: z
      .object({
        relay: hostPort,
        header: z.string().regex(/^[A-Za-z0-9-]+: .+$/, '"Name: value"').optional(),
        subject_tag: z.string().min(1).optional(),
        tls: z.enum(['opportunistic', 'required']).default('required'),
      })
      .strict()
      .optional(),
    /**
     * Folder of recipients' S/MIME certificates (PEM, .pem/.crt/.cer, RSA), matched by the
     * addresses they name: `encrypt` outside the secure domains uses them before the route.
     */
    smime_certificates_dir: z.string().optional(),
    /** STARTTLS certificate; without one, a development certificate is made in <data_dir>/certs on first start. */
    tls: z
      .object({ cert_file: z.string().optional(), key_file: z.string().optional() })
      .strict()
      .refine((t) => Boolean(t.cert_file) === Boolean(t.key_file), { message: 'give both cert_file and key_file, or neither' })
      .prefault({}),
  })
  .strict();

export const keysSchema = z
  .object({
    /** Key file (default <data_dir>/quarantine.key, created on first start). */
    file: z.string().optional(),
    /** Environment variable that, when set, holds the key instead ("id:base64"). */
    env_var: z.string().default('MAILWARD_QUARANTINE_KEY'),
  })
  .strict();

export const configSchema = z
  .object({
    organisation: z
      .object({
        name: z.string().default('Mailward'),
        internal_domains: z.array(domain).default([]),
      })
      .strict()
      .default({ name: 'Mailward', internal_domains: [] }),
    /** Folder of rules and vocabularies; default: the shipped `rules/`. */
    rules_dir: z.string().optional(),
    limits: limitsSchema.default(limitsSchema.parse({})),
    /** Store, keys and outbox live here unless configured elsewhere. */
    data_dir: z.string().default('./data'),
    /** Names this gateway in decisions (several may share one PostgreSQL store). */
    instance: z.string().min(1).default(() => os.hostname()),
    store: storeSchema.prefault({}),
    smtp: smtpSchema.prefault({}),
    notices: z
      .object({
        /** Sender of notices and alerts; default postmaster@<first internal domain>. */
        from: z.string().email().optional(),
        /** The Data Protection Officer's address: alerted when mail is held for review. */
        dpo_address: z.string().email().optional(),
      })
      .strict()
      .prefault({}),
    /**
     * Appended to the first text and HTML body parts of mail for external recipients
     * (not to attachments, forwarded messages, or signed or encrypted mail).
     */
    disclaimer: z
      .object({
        text: z.string().trim().min(1, 'the disclaimer text is empty'),
        /** HTML form; default: the text, escaped. */
        html: z.string().trim().min(1).optional(),
      })
      .strict()
      .optional(),
    /** /metrics, /healthz, /readyz. */
    admin_listen: hostPort.default('127.0.0.1:9025'),
    keys: keysSchema.prefault({}),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
export type Limits = z.infer<typeof limitsSchema>;
export type StoreConfig = z.infer<typeof storeSchema>;
export type SmtpConfig = z.infer<typeof smtpSchema>;
