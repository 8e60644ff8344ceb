// Recipient classes, visible external individuals (cc exposure) and self-forwarding.
import { getDomain } from 'tldts';
import { fold } from '../detect/names';
import type { Address, RecipientClass, RecipientField, RecipientInfo } from '../types';

export interface DomainLists {
  internal: string[];
  freemail: string[];
  secure: string[];
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at >= 0 ? address.slice(at + 1).toLowerCase().replace(/\.$/, '') : '';
}

const inList = (domain: string, list: string[]): boolean => list.some((d) => domain === d || domain.endsWith(`.${d}`));

export function classify(address: string, lists: DomainLists): RecipientClass {
  const domain = domainOf(address);
  if (inList(domain, lists.internal)) return 'internal';
  if (inList(domain, lists.freemail)) return 'freemail';
  if (inList(domain, lists.secure)) return 'secure';
  return 'external';
}

export interface Headers {
  to: Address[];
  cc: Address[];
  bcc: Address[];
}

/** Each envelope recipient with the header field it appears in (Bcc when it appears in none). */
export function describeRecipients(envelopeTo: string[], headers: Headers, lists: DomainLists): RecipientInfo[] {
  const fieldOf = (address: string): RecipientField => {
    const a = address.toLowerCase();
    if (headers.to.some((x) => x.address === a)) return 'to';
    if (headers.cc.some((x) => x.address === a)) return 'cc';
    return 'bcc';
  };
  const seen = new Set<string>();
  const out: RecipientInfo[] = [];
  for (const raw of envelopeTo) {
    const address = raw.trim().toLowerCase();
    if (!address || seen.has(address)) continue;
    seen.add(address);
    out.push({ address, field: fieldOf(address), class: classify(address, lists) });
  }
  return out;
}

/**
 * External individuals anyone can see in To/Cc: each freemail address is one
 * person; other external (and secure) addresses count once per organisation.
 */
export function visibleExternalIndividuals(headers: Headers, lists: DomainLists): number {
  const people = new Set<string>();
  for (const a of [...headers.to, ...headers.cc]) {
    const cls = classify(a.address, lists);
    if (cls === 'internal') continue;
    if (cls === 'freemail') people.add(`mailbox:${a.address}`);
    else {
      const domain = domainOf(a.address);
      people.add(`org:${getDomain(domain, { allowPrivateDomains: true }) ?? domain}`);
    }
  }
  return people.size;
}

/** Name tokens of 3+ letters, accents folded: "Zoë Hartley" -> zoe, hartley. */
export function nameTokens(name: string): string[] {
  return fold(name)
    .split(/[^a-z]+/)
    .filter((t) => t.length >= 3);
}

/** Freemail recipients whose local part holds a name token of the sender (their own home mailbox). */
export function selfForwardRecipients(sender: Address | null, recipients: RecipientInfo[]): RecipientInfo[] {
  if (!sender) return [];
  const tokens = nameTokens(sender.name || sender.address.split('@')[0]);
  if (tokens.length === 0) return [];
  return recipients.filter((r) => {
    if (r.class !== 'freemail') return false;
    const local = fold(r.address.split('@')[0]);
    return tokens.some((t) => local.includes(t));
  });
}
