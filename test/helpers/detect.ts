// Runs the real detector and shipped rules over plain text, for unit tests.
import { detectMessage } from '../../src/detect/detector';
import { loadRuleSet, type RuleSet } from '../../src/policy/load';
import { WEAK_IDENTIFIERS, type AttachmentInfo, type ExtractedMessage, type Finding } from '../../src/types';

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

const WEAK = new Set<string>(WEAK_IDENTIFIERS);

/** The scored types among findings (weak identifiers left out, as the contract scores them), sorted. */
export function scoredTypes(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => f.type).filter((t) => !WEAK.has(t)))].sort();
}

/** Scored types found in plain text. */
export function typesOf(texts: string[] | string): string[] {
  return scoredTypes(findingsOf(texts));
}
