// Runs the real detector and shipped rules over plain text, for unit tests.
import { detectMessage } from '../../src/detect/detector';
import { loadRuleSet, type RuleSet } from '../../src/policy/load';
import type { AttachmentInfo, ExtractedMessage, Finding } from '../../src/types';

let rules: RuleSet | undefined;
export function shippedRules(): RuleSet {
  rules ??= loadRuleSet();
  return rules;
}

export function messageOf(texts: string[] | string, attachments: AttachmentInfo[] = []): ExtractedMessage {
  const list = Array.isArray(texts) ? texts : [texts];
  return {
    subject: '', from: null, to: [], cc: [], bcc: [], attachments, encryptedBody: false,
    segments: list.map((text) => ({ where: 'body', text })),
  };
}

export function findingsOf(texts: string[] | string, attachments: AttachmentInfo[] = []): Finding[] {
  return detectMessage(messageOf(texts, attachments), shippedRules().detector).findings;
}

/** Scored types found (weak identifiers left out, as the contract scores them). */
export function typesOf(texts: string[] | string): string[] {
  const weak = new Set(['person_name', 'date_of_birth', 'phone_number', 'postal_address', 'email_address']);
  return [...new Set(findingsOf(texts).map((f) => f.type).filter((t) => !weak.has(t)))].sort();
}
