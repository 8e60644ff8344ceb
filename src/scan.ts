// The decision core: raw message + envelope -> findings, recipients, decision.
// `mailward scan`, replay and the gateway all call this one function.
import { performance } from 'node:perf_hooks';
import type { Config } from './config/schema';
import { detectMessage } from './detect/detector';
import { maskEmail } from './detect/mask';
import { extractMessage } from './extract/message';
import { evaluatePolicy } from './policy/evaluate';
import type { RuleSet } from './policy/load';
import {
  describeRecipients, selfForwardRecipients, visibleExternalIndividuals, type DomainLists,
} from './recipients/classify';
import type { Address, Envelope, ExtractedMessage, Finding, ScanResult } from './types';

export interface ScanOptions {
  config: Config;
  rules: RuleSet;
  /** Envelope sender and recipients; missing parts are taken from the headers. */
  envelope?: Partial<Envelope>;
  /** Decide as if nobody could see anyone else (each recipient gets a copy addressed to them alone). */
  individualCopies?: boolean;
}

export async function scanMessage(raw: Buffer, options: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const message = await extractMessage(raw, options.config.limits);
  const result = decide(message, options);
  return { ...result, elapsed_ms: Math.round((performance.now() - started) * 10) / 10 };
}

/** What the content holds, whoever it goes to: the expensive part, done once per message. */
export function analyse(message: ExtractedMessage, rules: RuleSet): Finding[] {
  return detectMessage(message, rules.detector).findings;
}

/** Everything after extraction: synchronous, pure, and the same for every caller. */
export function decide(message: ExtractedMessage, options: ScanOptions): Omit<ScanResult, 'elapsed_ms'> {
  return decideFor(message, analyse(message, options.rules), options);
}

/** Recipients, message findings and the policy, for one envelope, given the content's findings. */
export function decideFor(message: ExtractedMessage, contentFindings: Finding[], options: ScanOptions): Omit<ScanResult, 'elapsed_ms'> {
  const { rules, config } = options;
  const lists: DomainLists = { internal: config.organisation.internal_domains, freemail: rules.freemail, secure: rules.secure };
  const envelopeTo = options.envelope?.to?.length
    ? options.envelope.to
    : [...message.to, ...message.cc, ...message.bcc].map((a) => a.address);
  const recipients = describeRecipients(envelopeTo, message, lists);
  const sender = senderOf(message, options.envelope?.from);

  const findings: Finding[] = [...contentFindings];
  const visible = options.individualCopies ? 0 : visibleExternalIndividuals(message, lists);
  if (visible >= rules.policy.settings.cc_exposure_min) {
    findings.push({
      type: 'cc_exposure', category: 'message', count: visible, confidence: 1, where: 'headers',
      sample: `${visible} external individuals in To/Cc`,
      evidence: 'each freemail address counts as one individual, other external addresses one per organisation',
    });
  }
  const selfForward = selfForwardRecipients(sender, recipients);
  if (selfForward.length) {
    findings.push({
      type: 'self_forward', category: 'message', count: selfForward.length, confidence: 0.9, where: 'headers',
      sample: maskEmail(selfForward[0].address),
      evidence: "a personal mailbox whose name holds the sender's own name",
    });
  }
  const decision = evaluatePolicy(rules.policy, { findings, recipients, visibleExternalIndividuals: visible, subject: message.subject });
  return { action: decision.action, reasons: decision.reasons, findings, recipients };
}

/** The sender with a display name: the From header when it is the envelope sender. */
function senderOf(message: ExtractedMessage, envelopeFrom: string | undefined): Address | null {
  if (!envelopeFrom) return message.from;
  const address = envelopeFrom.trim().toLowerCase();
  if (message.from && message.from.address === address) return message.from;
  return { address, name: '' };
}
