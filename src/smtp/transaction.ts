// One SMTP transaction after DATA: scan, decide per recipient group, store,
// deliver, and the reply the upstream server gets. Fail closed: any error before
// every recipient's outcome is final is a temporary failure, so the mail is retried,
// never passed through unscanned.
import crypto from 'node:crypto';
import { DeliveryError, type Delivery, type DeliveryOptions } from '../act/delivery';
import { externalCopy } from '../act/disclaimer';
import { addressedOnlyTo, taggedForEncryption } from '../act/headers';
import type { RecipientCertificates } from '../act/smime';
import { buildDpoAlert, buildNotice, type HeldItem, type NoticePart } from '../act/notice';
import type { Config } from '../config/schema';
import { MailwardError, errorMessage } from '../errors';
import type { RuleSet } from '../policy/load';
import { classify, domainOf } from '../recipients/classify';
import { mostSevere } from '../policy/evaluate';
import { decideFor } from '../scan';
import type { ScanOutput } from '../scan-pool';
import type { Store } from '../store/store';
import { type Action, type ExtractedMessage, type Finding, type Reason, type ScanResult } from '../types';

export interface Reply {
  code: number;
  enhanced: string;
  text: string;
}

export interface TransactionInput {
  raw: Buffer;
  from: string;
  to: string[];
  clientAddress: string;
}

export interface GatewayDeps {
  config: Config;
  /** Extraction and content analysis, off the event loop, within the time budget. */
  scan: (raw: Buffer) => Promise<ScanOutput>;
  /** The rules in force now (a reload swaps them between messages). */
  rules: () => RuleSet;
  store: Store;
  delivery: Delivery;
  /** The encryption relay for `encrypt` outside the secure domains; without one such mail is held. */
  encryptionRoute?: { delivery: Delivery; header?: string; subjectTag?: string; requireTLS: boolean };
  /** Recipients' S/MIME certificates, for `encrypt` outside the secure domains. */
  smime?: () => RecipientCertificates | undefined;
  log: (event: Record<string, unknown>) => void;
}

const accepted = (text: string): Reply => ({ code: 250, enhanced: '2.0.0', text });
const temporary = (enhanced: string, text: string): Reply => ({ code: 451, enhanced, text });
const refused = (text: string): Reply => ({ code: 550, enhanced: '5.7.1', text });

type Decided = Omit<ScanResult, 'elapsed_ms'>;

interface Group {
  to: string[];
  /** Recipients outside the organisation (they get the disclaimer). */
  external: boolean;
  result: Decided;
  /** Deliver one copy per recipient, addressed to that recipient alone (cc exposure rewritten). */
  individual?: boolean;
}

/** One copy of the message on its way: to whom, through which delivery, with which edits. */
interface Send {
  kind: 'plain' | 'alone' | 'tls' | 'smime' | 'route';
  to: string[];
  raw: Buffer;
  options?: DeliveryOptions;
  /** Default: the next hop. */
  via?: Delivery;
}
type Held = { to: string[]; action: Action; reasons: Reason[] };
type Blocked = { to: string[]; reasons: Reason[] };

export class Gateway {
  constructor(private readonly deps: GatewayDeps) {}

  async process(input: TransactionInput): Promise<Reply> {
    const { config } = this.deps;
    const rules = this.deps.rules();
    let message: ExtractedMessage;
    let content: Finding[];
    try {
      ({ message, findings: content } = await this.deps.scan(input.raw));
    } catch (err) {
      if (err instanceof MailwardError && err.code === 'MW_ERR_MIME_PARSE') return { code: 550, enhanced: '5.6.0', text: 'Message could not be parsed as e-mail' };
      this.deps.log({ event: 'scan_failed', error: errorMessage(err) });
      return err instanceof MailwardError && err.code === 'MW_ERR_SCAN_TIMEOUT'
        ? temporary('4.3.0', 'Scanning took too long; try again later')
        : temporary('4.3.0', 'Scanner failed; try again later');
    }

    // R11: the From: header must be the organisation's too (the envelope sender was checked at MAIL FROM).
    const internal = config.organisation.internal_domains;
    if (message.from && classify(message.from.address, { internal, freemail: [], secure: [] }) !== 'internal') {
      return refused(`From: address ${domainOf(message.from.address)} is not one of the organisation's domains`);
    }

    const lists = { internal, freemail: rules.freemail, secure: rules.secure };
    const internalTo = input.to.filter((r) => classify(r, lists) === 'internal');
    const externalTo = input.to.filter((r) => classify(r, lists) !== 'internal');
    const scan = (to: string[], individualCopies = false) => decideFor(message, content, { config, rules, envelope: { from: input.from, to }, individualCopies });
    const groups: Group[] = [
      ...(internalTo.length ? [this.exposureHandled(internalTo, false, scan(internalTo), scan)] : []),
      ...(externalTo.length ? [this.exposureHandled(externalTo, true, scan(externalTo), scan)] : []),
    ];
    const all = scan(input.to);

    try {
      return await this.act(input, message.subject, groups, all);
    } catch (err) {
      this.deps.log({ event: 'act_failed', error: errorMessage(err) });
      if (err instanceof DeliveryError) {
        return err.permanent ? { code: 554, enhanced: '5.0.0', text: 'The next hop refused the message' } : temporary('4.4.1', 'Next hop unavailable; try again later');
      }
      const storeDown = err instanceof MailwardError && err.code.startsWith('MW_ERR_STORE');
      return temporary('4.3.0', storeDown ? 'Store unavailable; try again later' : 'Temporary failure; try again later');
    }
  }

  private noticeFrom(): string {
    const { config } = this.deps;
    return `Mailward <${config.notices.from ?? `postmaster@${config.organisation.internal_domains[0] ?? 'localhost'}`}>`;
  }

  /**
   * Mailward's own mail (notices, alerts), with the null sender so it never bounces.
   * A failure is logged: the message it is about is already delivered or stored.
   */
  private async sendOwnMail(to: string, build: () => Promise<Buffer>, failure: string): Promise<void> {
    try {
      await this.deps.delivery.deliver(await build(), { from: '', to: [to] });
    } catch (err) {
      this.deps.log({ event: failure, error: errorMessage(err) });
    }
  }

  /** Tells the DPO what is waiting. */
  private async alertDpo(items: HeldItem[]): Promise<void> {
    const to = this.deps.config.notices.dpo_address;
    if (!to || items.length === 0) return;
    const organisation = this.deps.config.organisation.name;
    await this.sendOwnMail(to, () => buildDpoAlert({ from: this.noticeFrom(), to, items, organisation }), 'dpo_alert_failed');
  }

  /** Tells the sender about recipients refused, held or warned. */
  private async notify(input: TransactionInput, subject: string, parts: NoticePart[]): Promise<void> {
    if (parts.length === 0 || !input.from) return;
    const organisation = this.deps.config.organisation.name;
    await this.sendOwnMail(input.from, () => buildNotice({ from: this.noticeFrom(), to: input.from, subject, parts, organisation }), 'notice_failed');
  }

  /**
   * Cc exposure as configured: as the rules decided; held instead of blocked; or, when
   * nothing but the exposure stands in the way, one copy per recipient showing only them.
   */
  private exposureHandled(to: string[], external: boolean, result: Decided, scan: (to: string[], individualCopies: boolean) => Decided): Group {
    const mode = this.deps.config.smtp.cc_exposure;
    if (mode === 'as_rules' || !result.findings.some((f) => f.type === 'cc_exposure')) return { to, external, result };
    const alone = scan(to, true);
    if (mode === 'rewrite_to_bcc' && (alone.action === 'allow' || alone.action === 'warn')) {
      const reason: Reason = { rule: 'cc-exposure-rewrite', action: 'warn', message: "Recipients outside the school could see each other's addresses; each was sent a separate copy" };
      return { to, external, individual: true, result: { ...alone, action: 'warn', reasons: [...alone.reasons, reason] } };
    }
    if (mode === 'hold' && result.action === 'block' && alone.action !== 'block') {
      return { to, external, result: { ...result, action: 'quarantine', reasons: result.reasons.map((r) => (r.action === 'block' ? { ...r, action: 'quarantine' } : r)) } };
    }
    return { to, external, result };
  }

  /** What goes where: copies per recipient group, and the recipients held for review. */
  private async plan(input: TransactionInput, groups: Group[]): Promise<{ sends: Send[]; hold: Held[]; blocked: Blocked[] }> {
    const { encryptionRoute: route } = this.deps;
    const smime = this.deps.smime?.();
    const sends: Send[] = [];
    const hold: Held[] = [];
    const blocked: Blocked[] = [];
    for (const { to, result, individual, external } of groups) {
      // Only copies that leave get the disclaimer, and only a group that sends one needs it.
      const copy = (): Promise<Buffer> => (external ? externalCopy(input.raw, this.deps.config.disclaimer, this.deps.log) : Promise.resolve(input.raw));
      switch (result.action) {
        case 'allow':
        case 'warn': {
          const body = await copy();
          if (individual) for (const r of to) sends.push({ kind: 'alone', to: [r], raw: addressedOnlyTo(body, r) });
          else sends.push({ kind: 'plain', to, raw: body });
          break;
        }
        case 'encrypt': {
          // Never clear text: secure domains over enforced, verified TLS; recipients with a
          // certificate by S/MIME; the rest through the encryption route, or held.
          const secure = to.filter((r) => result.recipients.find((x) => x.address === r.toLowerCase())?.class === 'secure');
          const certified = smime ? to.filter((r) => !secure.includes(r) && smime.has(r)) : [];
          const rest = to.filter((r) => !secure.includes(r) && !certified.includes(r));
          const body = secure.length || certified.length || (rest.length && route) ? await copy() : input.raw;
          if (secure.length) sends.push({ kind: 'tls', to: secure, raw: body, options: { requireTLS: true } });
          if (smime && certified.length) sends.push({ kind: 'smime', to: certified, raw: smime.encrypt(body, certified) });
          if (rest.length && route) sends.push({ kind: 'route', to: rest, raw: taggedForEncryption(body, route), options: { requireTLS: route.requireTLS }, via: route.delivery });
          else if (rest.length) hold.push({ to: rest, action: 'encrypt', reasons: result.reasons });
          break;
        }
        case 'quarantine':
          hold.push({ to, action: 'quarantine', reasons: result.reasons });
          break;
        case 'block':
          blocked.push({ to, reasons: result.reasons });
          break;
      }
    }
    return { sends, hold, blocked };
  }

  private async act(input: TransactionInput, subject: string, groups: Group[], all: Decided): Promise<Reply> {
    const { store, delivery } = this.deps;
    const { sends, hold, blocked } = await this.plan(input, groups);

    // Stored first (durable), then logged, then delivered: a store failure leaves nothing delivered.
    // Held copies point to the decision, so a reviewer sees what was found in them.
    const decisionId = crypto.randomUUID();
    const held: HeldItem[] = [];
    for (const h of hold) {
      const item = await store.quarantine({ decisionId, sender: input.from, recipients: h.to, action: h.action, rules: h.reasons.map((r) => r.rule), raw: input.raw });
      held.push({ id: item.id, sender: item.sender, recipients: item.recipients, rules: item.rules });
    }
    const outcome = mostSevere(groups.map((g) => g.result.action));
    await store.recordDecision({
      id: decisionId, sender: input.from, recipients: all.recipients, action: outcome, rules: [...new Set(groups.flatMap((g) => g.result.reasons.map((r) => r.rule)))],
      findings: all.findings.map(({ type, category, count, confidence, where, sample, evidence }) => ({ type, category, count, confidence, where, sample, evidence })),
      size: input.raw.length, clientAddress: input.clientAddress,
      messageId: null,
    });
    this.deps.log({
      event: 'decision', action: outcome, rules: groups.flatMap((g) => g.result.reasons.map((r) => r.rule)),
      findings: all.findings.map((f) => `${f.type}:${f.count}`), recipients: input.to.length, size: input.raw.length,
    });
    for (const send of sends) await (send.via ?? delivery).deliver(send.raw, { from: input.from, to: send.to }, send.options);

    const count = (kind?: Send['kind']) => sends.filter((x) => !kind || x.kind === kind).reduce((n, x) => n + x.to.length, 0);
    const delivered = count();
    const done = delivered + hold.reduce((n, h) => n + h.to.length, 0);
    if (done === 0) {
      const reason = blocked[0]?.reasons.find((r) => r.action === 'block') ?? blocked[0]?.reasons[0];
      return refused(reason ? reason.message : 'Message refused by policy');
    }
    await this.alertDpo(held);
    await this.notify(input, subject, [
      ...blocked.map((b) => ({ recipients: b.to, outcome: 'refused' as const, reasons: b.reasons })),
      ...hold.map((h) => ({ recipients: h.to, outcome: 'held' as const, reasons: h.reasons })),
      ...groups.filter((g) => g.result.action === 'warn').map((g) => ({ recipients: g.to, outcome: 'warned' as const, reasons: g.result.reasons })),
    ]);
    const parts = [
      delivered ? `delivered to ${delivered}${count('alone') ? ` (${count('alone')} as separate copies)` : ''}${count('smime') ? ` (${count('smime')} S/MIME encrypted)` : ''}${count('route') ? ` (${count('route')} through the encryption route)` : ''}` : '',
      hold.length ? `held for review for ${hold.reduce((n, h) => n + h.to.length, 0)}` : '',
      blocked.length ? `refused for ${blocked.reduce((n, b) => n + b.to.length, 0)}` : '',
    ].filter(Boolean);
    return accepted(`Accepted: ${parts.join(', ')}`);
  }
}
