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

/** Freemail recipients whose local part holds the sender's name (their own home mailbox). */
export function selfForwardRecipients(sender: Address | null, recipients: RecipientInfo[]): RecipientInfo[] {
  if (!sender) return [];
  const looksLikeSender = senderMailboxTest(sender.name || sender.address.split('@')[0]);
  return recipients.filter((r) => r.class === 'freemail' && looksLikeSender(fold(r.address.split('@')[0])));
}

/**
 * How people name their own mailbox: a surname after the given name, its first letters or its
 * initial ("priya.raman", "danosei", "hdoyle") or after a surname that comes first ("raman.p"),
 * or the given name with the surname's initial ("meganp1980"), or a title with the surname alone
 * ("mrs.raman1"). A surname alone is not enough:
 * a parent may share it ("mark.smith", "smithfamily" for Jo Smith). A name of one word counts
 * wherever it appears.
 */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'rev']);

function senderMailboxTest(name: string): (local: string) => boolean {
  // "Raman, Priya" (the directory's order) is Priya Raman.
  const ordered = /^[^,]+,[^,]+$/.test(name) ? name.split(',').reverse().join(' ') : name;
  const words = fold(ordered).split(/[^a-z]+/).filter((w) => w && !TITLES.has(w));
  if (words.length < 2) {
    const tokens = nameTokens(name);
    return (local) => tokens.some((t) => local.includes(t));
  }
  const [given, ...rest] = words as [string, ...string[]];
  const surnames = rest.filter((w) => w.length >= 3);
  // The given name or its first three letters or more ("dan" for Daniel), else its initial.
  const givenForms = [given[0]!, ...Array.from({ length: Math.max(0, given.length - 2) }, (_, i) => given.slice(0, i + 3))];
  // A given name of two letters whole, opening the local part or a word of it ("jo.bloggs1984"; not "fred.moss" for Ed Moss).
  const shortGivenThenSurname = given.length === 2 ? surnames.map((surname) => new RegExp(`(?:^|[^a-z])${given}[._-]?${surname}`)) : [];
  // "meganp1980": the given name, then a surname's initial.
  const givenThenInitial = surnames.map((surname) => new RegExp(`(?:^|[^a-z])${given}[._-]?${surname[0]}(?![a-z])`));
  // A middle initial set apart by separators between the given name and a surname ("priya.k.raman").
  const middleInitialBefore = surnames.map((surname) => new RegExp(`[a-z][._-][a-z][._-]${surname}`));
  return (local) => {
    const letters = local.replace(/[^a-z]+/g, '');
    return surnames.some((surname, i) => {
      const at = letters.indexOf(surname);
      if (at >= 0) {
        const before = letters.slice(0, at);
        const after = letters.slice(at + surname.length);
        // The given name before the surname, or after it when the surname comes first ("raman.p"),
        // or a title and the surname and nothing else ("mrs.raman", as staff are known at school).
        const withoutMiddle = middleInitialBefore[i]!.test(local) ? before.slice(0, -1) : before;
        return givenForms.some((g) => before.endsWith(g) || withoutMiddle.endsWith(g) || (before === '' && after.startsWith(g))) || (TITLES.has(before) && after === '');
      }
      return given.length >= 3 && givenThenInitial[i]!.test(local);
    }) || shortGivenThenSurname.some((re) => re.test(local));
  };
}
