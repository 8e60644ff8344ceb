// Evaluates the rules against a message's findings and recipients. The most
// severe action of all rules that fired wins: block > quarantine > encrypt > warn > allow.
import { ACTIONS, MESSAGE_TYPES, type Action, type Finding, type Reason, type RecipientInfo } from '../types';

const MESSAGE_FACTS = new Set<string>(MESSAGE_TYPES);
import { FINDING_GROUPS, type Condition, type Policy } from './schema';
import { domainOf } from '../recipients/classify';

export interface PolicyInput {
  findings: Finding[];
  recipients: RecipientInfo[];
  visibleExternalIndividuals: number;
  subject: string;
}

export interface Decision {
  action: Action;
  reasons: Reason[];
}

const TYPE_LABELS: Record<string, string> = {
  nhs_number: 'NHS number', ni_number: 'National Insurance number', upn: 'UPN', uln: 'ULN',
  passport_number: 'passport number', driving_licence: 'driving licence number', utr: 'UTR',
  bank_account: 'bank account details', iban: 'IBAN', payment_card: 'payment card number',
  racial_ethnic_origin: 'ethnic origin', political_opinion: 'political opinion', religious_belief: 'religious belief',
  trade_union: 'trade union membership', health: 'health information', sex_life: 'sex life or sexual orientation',
  biometric_genetic: 'biometric or genetic data', criminal_offence: 'criminal offence information',
  safeguarding: 'safeguarding information', special_educational_needs: 'special educational needs',
  free_school_meals: 'free school meals or pupil premium status', looked_after: 'looked-after status',
  exclusion: 'exclusion or suspension', bulk_personal_data: 'records about many people',
  executable_attachment: 'an executable attachment', encrypted_content: 'encrypted content',
  password_in_message: 'the password to encrypted content', cc_exposure: 'recipients exposed in To/Cc',
  self_forward: 'forwarding to a personal mailbox', unscannable: 'an attachment that cannot be scanned',
};

export function labelOf(type: string): string {
  return TYPE_LABELS[type] ?? type.replace(/_/g, ' ');
}

function expand(names: string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    const group = (FINDING_GROUPS as Record<string, readonly string[]>)[n];
    if (group) group.forEach((t) => out.add(t));
    else out.add(n);
  }
  return out;
}

/** Evaluates a condition; collects the finding types that satisfied `finding` leaves. */
function holds(c: Condition, input: PolicyInput, matched: Set<string>): boolean {
  if ('all' in c) return c.all.every((x) => holds(x, input, matched));
  if ('any' in c) return c.any.map((x) => holds(x, input, matched)).some(Boolean);
  if ('not' in c) return !holds(c.not, input, new Set());
  if ('finding' in c) {
    const wanted = expand(c.finding);
    const hits = input.findings.filter((f) => wanted.has(f.type));
    hits.forEach((f) => matched.add(f.type));
    return hits.length > 0;
  }
  if ('recipients' in c) {
    const classes = input.recipients.map((r) => r.class);
    if (c.recipients === 'any') return classes.length > 0;
    if (c.recipients === 'non_internal') return classes.some((k) => k !== 'internal');
    if (c.recipients === 'all_internal') return classes.length > 0 && classes.every((k) => k === 'internal');
    const wanted = c.recipients;
    return classes.some((k) => wanted.includes(k));
  }
  if ('visible_external_individuals' in c) {
    const n = input.visibleExternalIndividuals;
    const { min, max } = c.visible_external_individuals;
    return (min === undefined || n >= min) && (max === undefined || n <= max);
  }
  if ('subject_matches' in c) return new RegExp(c.subject_matches, 'iu').test(input.subject);
  const domains = c.recipient_domains.map((d) => d.toLowerCase());
  return input.recipients.some((r) => domains.some((d) => domainOf(r.address) === d || domainOf(r.address).endsWith(`.${d}`)));
}

/** The most severe of several actions: block > quarantine > encrypt > warn > allow. */
export function mostSevere(actions: Action[]): Action {
  return actions.reduce<Action>((worst, a) => (ACTIONS.indexOf(a) > ACTIONS.indexOf(worst) ? a : worst), 'allow');
}

export function evaluatePolicy(policy: Policy, input: PolicyInput): Decision {
  const reasons: Reason[] = [];
  for (const rule of policy.rules) {
    if (!rule.enabled) continue;
    const matched = new Set<string>();
    if (!holds(rule.when, input, matched)) continue;
    const order = Object.keys(TYPE_LABELS);
    // {types} names the data; facts about the message (self_forward, cc_exposure...) only when nothing else matched.
    const data = [...matched].filter((t) => !MESSAGE_FACTS.has(t));
    const types = (data.length ? data : [...matched]).sort((x, y) => order.indexOf(x) - order.indexOf(y)).map(labelOf);
    reasons.push({ rule: rule.name, action: rule.action, message: rule.message.replace('{types}', joinWords(types)) });
  }
  const action = mostSevere(reasons.map((r) => r.action));
  return { action, reasons };
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words[0] ?? 'personal data';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
