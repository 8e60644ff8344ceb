// Notices to the sender: what happened to which recipients and why, in the
// rules' own words. Never any content of the message or what was found in it.
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Reason } from '../types';

export interface NoticePart {
  recipients: string[];
  outcome: 'refused' | 'held' | 'warned';
  reasons: Reason[];
}

const OUTCOME_WORDS: Record<NoticePart['outcome'], string> = {
  refused: 'was NOT delivered to',
  held: 'is held for review by the Data Protection Officer and has not yet been delivered to',
  warned: 'was delivered, with a warning, to',
};

export interface HeldItem {
  id: string;
  sender: string;
  recipients: string[];
  rules: string[];
}

/** The DPO's alert: what is waiting and where to decide, never the content. */
export function buildDpoAlert(options: { from: string; to: string; items: HeldItem[]; organisation: string }): Promise<Buffer> {
  const lines = ['Mail is waiting for your decision:', ''];
  for (const item of options.items) {
    lines.push(`- ${item.id}: from ${item.sender} to ${item.recipients.join(', ')} (rules: ${item.rules.join(', ')})`);
  }
  lines.push('', 'See what was found in each with `mailward quarantine show <id>`, then release or reject it with a reason.', `${options.organisation} mail gateway`);
  return new MailComposer({
    from: options.from, to: options.to, subject: 'Mailward: mail held for review',
    text: lines.join('\n'), headers: { 'Auto-Submitted': 'auto-generated' },
  })
    .compile()
    .build();
}

export function buildNotice(options: { from: string; to: string; subject: string; parts: NoticePart[]; organisation: string }): Promise<Buffer> {
  const lines = [`Your message "${options.subject.slice(0, 120)}":`, ''];
  for (const part of options.parts) {
    lines.push(`- ${OUTCOME_WORDS[part.outcome]}: ${part.recipients.join(', ')}`);
    for (const reason of part.reasons) lines.push(`    ${reason.message}`);
  }
  lines.push('', `This notice comes from ${options.organisation}'s mail gateway. It does not repeat your message.`, 'Ask your Data Protection Officer if you need help.');
  return new MailComposer({
    from: options.from,
    to: options.to,
    subject: 'Mailward: about the message you just sent',
    text: lines.join('\n'),
    headers: { 'Auto-Submitted': 'auto-generated' },
  })
    .compile()
    .build();
}
