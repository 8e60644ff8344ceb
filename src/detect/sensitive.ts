// Special-category and child-sensitive terms, counted only when they are about a
// person: a name, an identifier or a person reference in the same unit (sentence
// or table row); a pronoun sentence right after a named one; or anywhere in a
// short form that names its subject ("Pupil: Jane Smith").
import type { ChildSensitiveType, SpecialCategoryType } from '../types';
import { personOf } from './about';
import { PERSON_VERBS, type NameSpan } from './names';
import { ownerBit, TermIndex, type TermText } from './term-index';
import { EVENT, GROUP_STATEMENT, NOTICE, PARTICULAR_OCCASION, REMIT_STATEMENT, RULE_FOR_ANYONE, WHOSE } from './general-statements';
import { firstStartingFrom, lastStartingBy } from './sorted';
import { BULLET, lineText, unitIndexAt, type Unit } from './units';

export type SensitiveType = SpecialCategoryType | ChildSensitiveType;

export interface SensitiveVocabulary {
  type: SensitiveType;
  description: string;
  terms: string[];
  caseSensitiveTerms: string[];
  ignore: string[];
}

export interface CompiledVocabulary {
  type: SensitiveType;
  /** The vocabulary as written (its terms, case-sensitive terms and ignore phrases). */
  source: SensitiveVocabulary;
}

/**
 * All vocabularies in three term indexes: one pass finds every position where
 * some term starts (far faster than a pass per vocabulary); each vocabulary with a
 * term starting there then says what it matches, so one span can be both health
 * and safeguarding ("self-harm").
 */
export interface VocabularySet {
  vocabularies: CompiledVocabulary[];
  anyTerm: TermIndex;
  anyCaseSensitive: TermIndex;
  anyIgnore: TermIndex;
}

export type LinkKind = 'name' | 'identifier' | 'reference' | 'pronoun' | 'passage' | 'list' | 'heading' | 'form' | 'note' | 'subject' | 'addressee';

export interface SensitiveHit {
  type: SensitiveType;
  start: number;
  end: number;
  term: string;
  /** What makes it about a person; null when nothing does, or when it labels a field that records nothing. */
  link: LinkKind | null;
  unit: number;
  /** The named person the link points to, when it is a name: what a finding's evidence says, by initials. */
  about?: NameSpan;
}

export function compileVocabularySet(list: SensitiveVocabulary[]): VocabularySet {
  return {
    vocabularies: list.map((v) => ({ type: v.type, source: v })),
    anyTerm: new TermIndex(list.flatMap((v) => v.terms), true, list.flatMap((v, i) => v.terms.map(() => i))),
    anyCaseSensitive: new TermIndex(list.flatMap((v) => v.caseSensitiveTerms), false, list.flatMap((v, i) => v.caseSensitiveTerms.map(() => i))),
    anyIgnore: new TermIndex(list.flatMap((v) => v.ignore), true),
  };
}

/**
 * Every (type, span) where a term starts, in text order; a start inside an earlier
 * match is still tried for the other types. Case-insensitive terms are tried before
 * case-sensitive ones at the same position.
 */
function termMatches(prepared: TermText, set: VocabularySet): { type: SensitiveType; start: number; end: number }[] {
  const starts = [
    ...set.anyTerm.startsWithOwners(prepared).map((s) => ({ ...s, caseSensitive: false })),
    ...set.anyCaseSensitive.startsWithOwners(prepared).map((s) => ({ ...s, caseSensitive: true })),
  ].sort((a, b) => a.at - b.at || Number(a.caseSensitive) - Number(b.caseSensitive));
  const out: { type: SensitiveType; start: number; end: number }[] = [];
  // Where each type's matches so far end: a match inside one adds nothing ("diabetes" in "type 1 diabetes").
  const coveredUntil = new Map<SensitiveType, number>();
  for (const { at, owners, caseSensitive } of starts) {
    for (let i = 0; i < set.vocabularies.length; i++) {
      // Only the vocabularies with a term starting here can match.
      if ((owners & ownerBit(i)) === 0) continue;
      const vocab = set.vocabularies[i]!;
      if (at < (coveredUntil.get(vocab.type) ?? 0)) continue;
      // What the vocabulary's own union of terms matches here.
      const hit = (caseSensitive ? set.anyCaseSensitive : set.anyTerm).matchAt(prepared, at, i);
      if (!hit || hit[0].length === 0) continue;
      out.push({ type: vocab.type, start: at, end: at + hit[0].length });
      coveredUntil.set(vocab.type, at + hit[0].length);
    }
  }
  return out;
}

export function compileReferences(references: string[]): TermIndex {
  return new TermIndex(references, true);
}

type Span = { start: number; end: number };

export interface PersonEvidence {
  /** In text order and not overlapping, as findNames gives them. */
  names: NameSpan[];
  identifierSpans: Span[];
  /** Phrases that refer to one person ("the pupil", "his mother"): searched only once a term has matched. */
  references: TermIndex;
  /** E-mail addresses and web addresses: a term inside one ("christian@...", ".../hiv-testing") is not prose. */
  addresses?: Span[];
}

/** Names after these words are people to contact, or who did the paperwork, not people the sentence is about. */
const CONTACT_BEFORE = new RegExp(
  String.raw`\b(?:speak to|speak with|talk to|check with|checking with|confirm with|contact|ask|email|e-mail|call|ring|phone|please see|(?:should|must|can|may|could) see|forward (?:it |this |them )?to|send (?:it |this |them )?to|return (?:it |this |them )?to|dear|hi|hello|thanks|thank you|regards|cc|signed|contact:` +
    // "from" alone ("a letter from Dr Shah"), but not pay kept back from someone ("deduct one day's pay from Mr Reed")
    String.raw`|(?<!\b(?:deduct|deducted|deducting|recover|recovered|withhold|withheld|dock|docked)\b[^.!?\n]{0,24})from` +
    // The second of two people greeted together ("Dear Mr and Mrs Ahmed")
    String.raw`|dear (?:mr|mrs|ms|miss|mx|dr)\.? (?:and|&)` +
    // "to" alone ("Send to Jane Smith"), but not "according to", "next to", "sister to"..., nor a notice's
    // wishes or praise ("Get well soon to Mr Hale, who is recovering from surgery", "Condolences to Mrs Ali",
    // "Special mention to Noah Fox, who played with a sprained ankle"), nor what is issued or agreed to someone
    // ("a settlement agreement to Mr Dolan", "a warning issued to Kai Moss")
    String.raw`|(?<!according |next |close |due |similar |known |referred |related |married |engaged |happened |belongs? |sister |brother |cousin |soon |back |wishes |condolences |sympathies |sympathy |love |mention |done |congratulations |congrats |praise |kudos |goes |agreement |issued |awarded |granted |served )to` +
    // Who did the paperwork or the duty: "shared with invigilators by Carol Stone", "supervised by Mr Rahman"
    String.raw`|(?:signed|checked|shared|sent|circulated|organised|organized|prepared|compiled|written|led|run|delivered|arranged|co-?ordinated|collated|updated|completed|approved|authorised|countersigned|explained|presented|given|taught|hosted|chaired|facilitated|covered|finalised|finalized|processed|handled|managed|overseen|supervised|staffed|invigilated|submitted|provided|supplied|donated) (?:(?:with|to|for) [\w-]+(?: [\w-]+)? )?by` +
    String.raw`)[ \t]*,?[ \t]*$`,
  'i',
);
/** "Please let Ms Doyle know", "keep Mr Shah informed": the person told, not the one spoken of. */
const TOLD_BEFORE = /\b(?:let|keep)[ \t]+$/i;
const TOLD_AFTER = /^[ \t]+(?:know|informed|updated|posted|in the loop)\b/i;
/** Who wrote or received quoted or forwarded mail: "From: Sam Cole", "Cc: ...", "On Mon, 5 Jan, Sam Cole <s.cole@...> wrote:". */
const HEADER_FIELD_BEFORE = /(?:^|\n)[ \t>]*(?:from|to|cc|bcc|sent by|reply-to|sender)[ \t]*:[^\n]*$/i;
/** A name alone on its line under a sign-off ("Kind regards\n\nMrs Helen Ward\nDeputy Head") is the writer's. */
const SIGN_OFF_BEFORE = /\b(?:regards|best wishes|many thanks|thanks|thank you|cheers|yours sincerely|yours faithfully|sincerely|best|all the best|with thanks|warmly)[ \t]*[,.!]?[ \t]*\n(?:[ \t]*\n)*[ \t]*$/i;
const ALONE_ON_LINE_AFTER = /^[ \t]*(?:[,(|][^\n]*)?(?:\n|$)/;
/** A name closing a line after a sentence ("...to the office. Mrs Gray") signs it. */
const SIGNED_SENTENCE_BEFORE = /\p{Ll}[.!?][ \t]+$/u;
const SIGNED_LINE_AFTER = /^[ \t.,!]*(?:\n|$)/;
/** So does one alone on the text's last lines under a sentence, with at most a role and a school below it. */
const SIGNATURE_LINE_BEFORE = /[.!?][ \t]*\n(?:[ \t]*\n)*[ \t]*$/;
const SIGNATURE_TAIL = /^[ \t,]*(?:\n[ \t]*[^\n]{0,60}[^\n.!?:])?(?:\n[ \t]*[^\n]{0,60}[^\n.!?:])?\s*$/;
const SIGNATURE_TAIL_CHARS = 160;
const WROTE_AFTER = /^[ \t]*(?:<[^>\n]{1,80}>)?[ \t]*(?:wrote|writes|a écrit)[ \t]*:/i;
/** The police asking to speak to someone ("Police have asked to speak to Tyler Nash") want to question them: not a contact. */
const POLICE_QUESTION_BEFORE = /\b(?:police|officers?|detectives?|PCSOs?)\b[\w ]{0,30}\b(?:speak|talk) (?:to|with)\s*$/i;
/** A role between the contact word and the name: "reported to the Headteacher, Mrs Desai", "contact our SENCO, Mr Baker". */
const ROLE_CONTACT_BEFORE =
  /\b(?:to|contact|email|e-mail|call|ring|phone|ask|see|speak to|speak with|talk to) (?:the|our|your|a|an) (?:[A-Za-z-]+ ){0,3}(?:head(?:teacher)?|DSL|DDSL|SENCO|SENDCO|deputy|chair|clerk|lead|manager|officer|governor|teacher|tutor|nurse|co-?ordinator|principal|administrator|DPO|LADO|secretary)(?: of [A-Za-z]+)?,? ?\(?$/i;
/** A question asked in a meeting ("Dr Evans asked about...", "queried whether..."). */
const QUESTION_VERBS = String.raw`asked (?:about|whether|if|how|what|when|why|for an update on)|queried|enquired (?:about|whether|if)`;
/** After a titled name (staff, in minutes), what makes its bearer the one reporting or asking ("Mrs Carter reported that...", "Dr Patel (SENCO) said"). */
const REPORTING_AFTER = new RegExp(
  String.raw`^(?:\s*\([^)]{1,40}\))?,?\s+(?:(?:has|had|have) )?(?:said|says|reported|reports|confirmed|explained|noted|stated|advised|reminds|reminded|informed (?:the )?(?:board|governors|committee|meeting)|told (?:the )?(?:board|governors|committee|meeting)|updated (?:the )?(?:board|governors|committee|meeting)|presented|highlighted|${QUESTION_VERBS})\b`,
);
/**
 * After a titled name, what makes its bearer the one presenting a topic ("Mrs Ward (DSL) will cover FGM and
 * county lines", "Mr Green will be leading a workshop on anxiety"): the topic is not theirs.
 */
const SESSION = String.raw`(?:a |an |the |our |this |two |three )?(?:[a-z-]+ ){0,2}(?:session|training|workshop|assembly|talk|briefing|webinar|course|module|presentation|lesson|input|activity|activities|display|resources?)s?(?: on| about| covering)?`;
const PRESENTING_AFTER = new RegExp(
  String.raw`^(?:\s*\([^)]{1,40}\))?,?\s+(?:will (?:be )?|is |are |has |have |had |was )?` +
    String.raw`(?:cover(?:s|ed|ing)?|deliver(?:s|ed|ing)?|present(?:s|ed|ing)?` +
    String.raw`|(?:lead|leads|leading|led|run|runs|running|ran|give|gives|giving|gave|given|host|hosts|hosting|hosted|plan|plans|planning|planned|organise|organises|organising|organised|prepare|prepares|preparing|prepared) ${SESSION}` +
    String.raw`|(?:talk|talks|talking|talked|speak|speaks|speaking|spoke|spoken) (?:to [a-z0-9 ]{1,24} )?about` +
    // A lesson's topic: "Mr Hale will be teaching Year 9 about drugs and the law"
    String.raw`|(?:teach|teaches|teaching|taught) (?:[\w ]{1,24} )?about)\b`,
);
/**
 * A member of staff's job and remit in brackets after their titled name ("Ms Grace Li (teaching assistant, working
 * with a pupil with autism)"): what they do, not anything of them, unless it says whose ("with his EHCP"). Read
 * from the bracket to a term.
 */
const STAFF_REMIT_IN_BRACKETS = new RegExp(
  String.raw`^(?:[\p{L}\d-]+ ){0,3}(?:teacher|assistant|TA|LSA|HLTA|practitioner|mentor|worker|officer|co-?ordinator|lead|manager|SENCO|SENDCO|therapist|nurse|tutor)s?,? ` +
    String.raw`(?:working with|who works with|supporting|who supports|responsible for|in charge of|leading on|specialising in|for)\b(?:(?!\b(?:his|her|their)\b)[^()\n])*$`,
  'iu',
);
const STAFF_REMIT_READ = 160;
/**
 * A question in minutes about a topic ("Dr Evans asked about waiting times for ASD assessments"):
 * a question, and no one's own matter in it (his, her, their...).
 */
const QUESTION_ON_TOPIC = new RegExp(String.raw`\b(?:${QUESTION_VERBS})\b`, 'i');
// "him" too: "an assembly on Diwali and what it means to him as a Hindu" is the presenter's own faith.
const OWN_MATTER = /\b(?:his|her|him|himself|herself|their|my|your)\b/i;
/** A name beside a role title is staff named in their role ("Head of Inclusion, Mrs Dana Whitfield"). */
const ROLE_BEFORE = /\b(?:head(?:teacher)?|head of [A-Za-z]+|deputy(?: head)?|assistant head|SENCO|SENDCO|DSL|teacher|tutor|officer|clerk|co-?ordinator|manager|governor|chair|trustee|lead|director|administrator|nurse|caretaker|principal|headmaster|headmistress)\b[,:]?\s*$/i;
// Up to two words between the comma or bracket and the role ("our", "Attendance", "(medical lead)"): the i flag makes them any case.
const ROLE_AFTER = /^,?\s*(?:\(|,)\s*(?:[a-z]{2,}\s+){0,2}(?:new\s+)?(?:head(?:teacher)?|head of|deputy|assistant head|SENCO|SENDCO|DSL|teacher|tutor|officer|clerk|co-?ordinator|manager|governor|chair|trustee|lead|director|administrator|nurse|caretaker|principal)\b/i;
/**
 * A name credited in brackets, with its role or closing the item ("Safeguarding report (Mrs Jan Kerr, DSL)",
 * "Attendance and exclusions (Ms Fay Holt)."), is who presents or owns an item, not who it is about: it links
 * nothing, not even in its own sentence. "A pupil (Tom Reed) has disclosed..." goes on, and still links.
 */
const CREDITED_ROLE_AFTER = /^,\s*(?:head(?:teacher)?|head of [A-Za-z]+|deputy(?: head)?|assistant head|SENCO|SENDCO|DSL|DDSL|DPO|clerk|co-?ordinator|manager|governor|chair|trustee|director|administrator|principal|business manager|attendance officer)\s*\)/i;
// ...and who presents it from outside ("autism awareness (Dr Rowe from the outreach service)")
const CREDITED_ITEM_AFTER = /^(?: from (?:the |our |a )?[A-Za-z'’ -]{1,40}?)?\)\s*(?:[.;,]|$)/m;
/**
 * An item's title, up to 80 characters after the last stop or colon, names no one's state: "one is coeliac (Harriet
 * Moss)." is a sentence about her, not an item. It is read from the 82 characters before the name: the title, the
 * stop and the bracket.
 */
const ITEM_TITLE_BEFORE = /(?:^|[.:;!?\n])(?![^.:;!?\n]*\b(?:is|are|was|were|has|have|had)\b)[^.:;!?\n]{0,80}\($/i;
const ITEM_TITLE_READ = 82;
/** A name said to hold a role, closing its sentence ("Mrs Hall is the designated lead."): staff in post, not whom the sentence is about. */
const ROLE_STATED_AFTER =
  /^ (?:is|will be|remains|has been) (?:the|our|your) (?:[a-z]+ ){0,3}(?:lead|DSL|DDSL|SENCO|SENDCO|officer|co-?ordinator|contact|manager|governor|trustee)(?: for [a-z ]{1,40})?[ \t]*(?:[.;!\n]|$)/i;
/** A figure a class studies or reads ("Year 7 are studying Frida Kahlo", "a poem by Wilfred Owen"): a topic, not a person the mail speaks of. */
const STUDIED_BEFORE =
  /\b(?:studying|studied|learning about|learnt about|learned about|reading about|researching|researched|biography of|the life of|(?:poems?|novels?|paintings?|portraits?|songs?|speech(?:es)?|works?) by)[ \t]+$/i;
const credited = (text: string, n: NameSpan, after: string): boolean =>
  text[n.start - 1] === '(' &&
  (CREDITED_ROLE_AFTER.test(after) || (CREDITED_ITEM_AFTER.test(after) && ITEM_TITLE_BEFORE.test(text.slice(Math.max(0, n.start - ITEM_TITLE_READ), n.start))));

/**
 * A field whose value records nothing ("SEN: No", "Medical conditions: None", "Exclusions (days): 0",
 * "LAC status: N", "Ethnicity: Refused", DfE's REFU and NOBT): no data of the field's type about the person, but
 * the row still holds the field, so it is still a record for bulk counting.
 */
const EMPTY_VALUE_AFTER =
  /^(?: \(?[yY]\/[nN]\)?| (?:status|flag|plan|code|indicator|eligible|eligibility|record|history|type|days|count|total|number)| (?:or|and|&) [a-z]+(?: [a-z]+)?| \([^)\n]{1,20}\)){0,3}: (?:none|no|n|n\/a|na|nil|0|false|not known|not applicable|unknown|not recorded|none known|nkda|not eligible|refused|information refused|not obtained|not yet obtained|prefer not to say|not disclosed|not stated|undisclosed|declined|withheld|PNTS|REFU|NOBT|-)(?= *(?:\||\n|$))/i;

/** After a capitalised term, the word that makes it a charity or other body ("Cancer Research UK", "Epilepsy Society", "Autism Trust", "Cystic Fibrosis Canada", "the Crohn's and Colitis Foundation"). */
const ORGANISATION_AFTER =
  /^(?: (?:and|&) \p{Lu}\p{Ll}+)?(?: Research)? (?:UK|Canada|Australia|Ireland|Scotland|Wales|Cymru|International|Society|Trust|Foundation|Association|Action|Alliance|Charity|Research|Network|Federation|Fund|Institute)\b/u;

/** Before a capitalised term, the start of a body's name it ends: "the Foundation for Children and Youth With Diabetes". */
const ORGANISATION_BEFORE =
  /\b(?:Foundation|Society|Association|Trust|Institute|Fund|Alliance|Network|Federation|Coalition|League|Campaign|Council) (?:for|of|on) (?:the )?(?:(?:\p{Lu}[\p{Ll}'’-]*|and|with|of|for|the|&),? ){0,6}$/u;
const ORGANISATION_BEFORE_CHARS = 80;

/** After a term, the cause that money or attention is raised for ("prostate cancer charities", "mental health awareness"), not anyone's condition. */
const CAUSE_AFTER = /^(?: and [a-z' -]{1,40}?)? (?:charity|charities|research|awareness|appeal|fundraiser|fundraising)\b/i;
/** Before a term, a fund, appeal or cure for it ("the new global fund for HIV/AIDS", "a vaccine against measles"). */
const CAUSE_BEFORE = /\b(?:fund|funds|appeal|campaign|vaccines?|cure|cures|research) (?:for|into|against) (?:the )?$/i;
const CAUSE_BEFORE_CHARS = 24;

/** An ignore phrase starts at most this many characters before a term it covers (the longest shipped is under 80). */
const IGNORE_REACH = 200;

/**
 * A named person earlier or later in the same paragraph, this close, makes a passage about them: when the sentence
 * with the term tells of an occasion, or the person's own sentence is a heading naming what the passage is about.
 */
const PASSAGE_CHARS = 250;

// "they" is included: schools use it for a named young person; statements about groups are excluded separately.
const PRONOUN = /\b(?:he|she|him|his|her|hers|himself|herself|they|them|their|themself|themselves)\b/i;
// and pronouns declared in a signature ("he/him"), which say nothing of anyone named before
const GENERIC_PRONOUN = /\b(?:he or she|she or he|his or her|her or his|him or her|he\/she|she\/he|his\/her|s\/he|he\/him|she\/her|they\/them)\b/i;
/** A sentence this short can be a heading naming what a passage is about. */
const HEADING_CHARS = 80;
/** The writer's own condition, right before its name: "I should mention that I have epilepsy", "I've had a stroke". */
const WRITER_HAS_BEFORE = /\bI(?:[ ’']+(?:also|still|now|recently))?(?: have| have had|[’']ve(?: had| got)?| had| was diagnosed with| suffer from| live with)(?: (?:a|an|mild|severe|well[- ]controlled|long[- ]term|chronic))* $/;
/** ...or calls it theirs: "two of those absences were due to my endometriosis", "my depression has come back". */
const WRITER_OWN_BEFORE = /\b[Mm]y (?:own |ongoing |chronic |long[- ]term )?$/;
const WRITER_OWN_VERB_AFTER = /^[ \t]+(?:has|have|is|are|was|were|got|gets|flared|flares|came|comes|returned|worsened|means|meant)\b/;
/** ...and the condition ends the phrase: not "I have asthma inhalers for the trip", "I have EHCP paperwork to finish". */
const WRITER_HAS_AFTER = /^(?:[ \t]*(?:[.,;:!?)–—-]|$)|[ \t]+(?:and|so|which|but|since|for (?:years|a long time|\d+)|too|as well|myself|now|again|at the moment|currently|and I|all (?:night|day|week|morning|weekend)|(?:last|this) (?:night|week|morning)|overnight|today|yesterday)\b)/i;
/** Before a name that is what a passage is about: "Re:", "about", "the report on", "Referral for". */
const TOPIC_BEFORE_NAME = /\b(?:about|regarding|concerning|re|(?:update|notes?|report|letter|assessment|referral|review|observations?|information|paperwork) (?:on|for)|home visit (?:to|for|at)|DBS (?:application|check|certificate|disclosure) (?:for|of)|(?:notes?|update|concern|meeting|referral|record|summary|report|review)(?: (?:for|on|about|re|with))?[ \t]*[:-])\s*:?\s+$/i;
/** A form names its subject near its top: "Pupil: Jane Smith", "Name: ...". */
const FORM_LIMIT_CHARS = 6000;
const FORM_HEAD_CHARS = 600;
/** ...also with their title, on a line of its own: "Name: Ms Leanne Brooks" (not "Contact name: Mrs Hall" on a booking). */
const FORM_NAME_LABEL = /(?:^|\n)[ \t]*(?:[Ff]ull )?(?:[Nn]ame|[Aa]pplicant(?: name)?|[Ee]mployee(?: name)?|[Cc]andidate(?: name)?|[Ss]taff member|[Cc]laimant)[ \t]*:[ \t]*$/;
const titledOnFormLine = (text: string, n: NameSpan): boolean => n.kind === 'titled' && FORM_NAME_LABEL.test(text.slice(Math.max(0, n.start - 32), n.start));

/** Between two names joined in one phrase: "Mr Fox and ", "Mr Fox on Mondays or " (not a comma: "Dear Mrs Cole, Amy Hart has asthma"). */
const JOINED_TO_PREVIOUS = /^[^.!?;:\n()]{0,24}?,? (?:and|or|&) $/;

/**
 * The names a text speaks of: not people to contact ("Dear Jane", "speak to Mr Cole") and not
 * names credited in brackets as presenting an item.
 */
export function peopleSpokenOf(text: string, names: NameSpan[]): NameSpan[] {
  const contacted = (n: NameSpan): boolean => {
    const before = text.slice(Math.max(0, n.start - 50), n.start);
    return (
      (!POLICE_QUESTION_BEFORE.test(before) && (CONTACT_BEFORE.test(before.slice(-30)) || ROLE_CONTACT_BEFORE.test(before))) ||
      (TOLD_BEFORE.test(before) && TOLD_AFTER.test(text.slice(n.end, n.end + 20))) ||
      HEADER_FIELD_BEFORE.test(before) ||
      (SIGN_OFF_BEFORE.test(before) && ALONE_ON_LINE_AFTER.test(text.slice(n.end, n.end + 80))) ||
      // A name closing a line after a sentence signs it ("...handed in to the office. Mrs Gray"); not a numbered item ("1. Amelia Hart")
      (SIGNED_SENTENCE_BEFORE.test(before) && SIGNED_LINE_AFTER.test(text.slice(n.end, n.end + 4))) ||
      // ...and so does one on its own line closing the text, under a sentence, above at most a role and a school
      (SIGNATURE_LINE_BEFORE.test(before) && text.length - n.end <= SIGNATURE_TAIL_CHARS && SIGNATURE_TAIL.test(text.slice(n.end))) ||
      WROTE_AFTER.test(text.slice(n.end, n.end + 90))
    );
  };
  // Whoever is contacted, these speak of the person: a name opening a sentence after a greeting, a clause or a matter of their own.
  const spokenOfAnyway = (n: NameSpan, after: string): boolean =>
    opensSentenceAfterGreeting(text, n, n) || RELATIVE_CLAUSE_AFTER.test(after) || OWN_MATTER_AFTER.test(after);
  // A name joined to a contacted one is contacted too ("staffed by Mr Fox on Mondays and Ms Hunt on Tuesdays").
  let previousContacted: NameSpan | null = null;
  return names.filter((n) => {
    const after = text.slice(n.end, n.end + 40);
    const previous = previousContacted;
    const joined = previous !== null && JOINED_TO_PREVIOUS.test(text.slice(previous.end, n.start));
    // ...but two names opening a sentence after a greeting are its subject ("Hi, Adam and Sara Malik will be off").
    const joinedSubject = joined && opensSentenceAfterGreeting(text, previous, n);
    const isContacted = contacted(n) || joined;
    previousContacted = isContacted ? n : null;
    // "Hi, Tom's parents have asked...", "speak to Amy's mum about her inhaler": the owner of a possessive is spoken of.
    const possessive = POSSESSIVE_AFTER.test(after);
    const spoken = possessive || !isContacted || joinedSubject || spokenOfAnyway(n, after);
    const studied = !possessive && STUDIED_BEFORE.test(text.slice(Math.max(0, n.start - 30), n.start));
    return spoken && !studied && !ROLE_STATED_AFTER.test(after) && !credited(text, n, after);
  });
}
/** A name beside its holder's role: "Head of Inclusion, Mrs Dana Whitfield", "Clerk: Mrs Dunn", "Mr Baker (SENCO)". */
export const namedInRole = (text: string, n: NameSpan): boolean =>
  ROLE_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start)) || ROLE_AFTER.test(text.slice(n.end, n.end + 40));

/** Professions a vocabulary holds because a pupil seeing one says something of them. */
const PROFESSION =
  /^(?:(?:consultant|community|specialist|senior|clinical|principal) )?(?:educational psychologist|speech and language therapist|occupational therapist|physiotherapist|school nurse|specialist nurse|social worker|family support worker|play therapist|art therapist|counsellor|clinical psychologist|paediatrician|psychiatrist)$/i;
/** Between a name and the job that says who they are: "Dr Emma Lewis, educational psychologist", "Dr Nina Shah, a consultant paediatrician", "Ms Lowe is our family support worker". */
const PROFESSION_AFTER_NAME = /(?:, (?:(?:a|an|our|the) )?| (?:is|was|will be|has been|joins us as|as) (?:our|the|a|an|your)(?: [A-Za-z]+(?:['’]s)?){0,2} )$/;
const PROFESSION_LEAD_CHARS = 48;
/** Before the name a letter opens with: a greeting, and nothing else but the other title of a couple ("Dear Mr and Mrs Hughes"). */
const ADDRESSEE_GREETING = /^\s*(?:dear|hi|hello|good (?:morning|afternoon)|welcome back,?|congratulations,?)\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? (?:and|&) )?$/i;
/** A letter opening to every parent of a group ("Dear parents,", "Dear Year 6 parents and carers,"), not to one ("Dear Parent/Carer"). */
const GROUP_GREETING =
  /^\s*(?:dear|hi|hello|good (?:morning|afternoon))(?: all)?(?: (?:year|y) ?\d{1,2}| reception| nursery| class [\w-]+)? (?:parents|carers|families|parents(?: and |\/| ?& ?)carers|all|everyone)\b/i;
const GREETING_CHARS = 60;
const SECOND_PERSON = /\b(?:you|your|yours|yourself)\b/i;
/** "your" right before a term, or before a word saying when: "the software you need for your dyslexia", "after your recent surgery". */
const YOUR_RIGHT_BEFORE = /\byour (?:(?:recent|new|ongoing|current|latest|continuing|chronic|long-term) )?$/i;
/**
 * ...when the term is what is theirs, not a word describing something else of theirs ("your diabetes talk", "your
 * dyslexia screening for Year 7"): it ends the clause, or a function word or a word of care follows it.
 */
const OWN_TERM_AFTER =
  /^(?:\s*(?:[.,;:!?)]|$)| (?:and|or|but|so|is|was|has|had|have|went|goes|gone|got|gets|getting|seems|seemed|started|starts|returned|isn['’]t|wasn['’]t|hasn['’]t|doesn['’]t|didn['’]t|makes|made|means|may|might|will|would|can|could|should|must|at|in|on|for|to|with|from|this|that|last|next|since|after|before|when|while|if|diagnosis|treatment|medication|symptoms|appointments?|assessment|operation|surgery|recovery|condition|flare-?ups?)\b)/i;
/** What a reader greeted by their given name is told of their own: a condition or a need, not a remit or a list of theirs. */
const OWN_CONDITION_TYPES = new Set(['health', 'special_educational_needs']);
const YOUR_CHILD = /\byour (?:child|children|son|daughter)\b/i;
/** A child of the readers' group, not named: "a child in our class", "one pupil in the year group". */
const UNNAMED_CLASSMATE = /\b(?:a|one) (?:child|pupil|student|boy|girl) in (?:our|the|this|your (?:child|son|daughter)['’]s) (?:class|school|year group|year|group|form|nursery|setting)\b/i;
const YOUR_CHILD_EVENT = /\byour (?:child|son|daughter)(?:['’]s [a-z]+)? (?:was|has been|had|got|came|went|told|said|fell|became)\b/i;
/** A term as the topic of something ("your question about religion", "your talk on diabetes"), not the reader's own. */
const TOPIC_BEFORE = /\b(?:about|on|regarding|re|into|of)(?: the| a| an)? $/i;
const POSSESSIVE_AFTER = /^['’]s?\b/;
/** "I have spoken to Mr Frost about wearing his badge", "... about canvassing": who is spoken to about their own matter or doing is spoken of. */
const OWN_MATTER_AFTER = /^,? (?:about|regarding|concerning) (?:[a-z]+ing\b|(?:his|her|their)\b)/i;
/** "led by Mr Okafor, who spoke about his Nigerian heritage": a clause saying something of the person, not their role ("who is our SENCO"). */
const RELATIVE_CLAUSE_AFTER = /^,? who (?!(?:is|was|will be|has been) (?:our|the|your|a|an|also)\b)(?:has|had|is|was|spoke|talked|told|shared|described|explained|wrote|brought|showed|celebrates|celebrated|practises|observes|wears)\b/;
/** "Hi, Isabelle Marsh is a young carer": after a greeting closed by its comma, a name with a verb opens a sentence about its person. */
const GREETING_COMMA_BEFORE = /\b(?:hi|hello|hiya|hey|morning|afternoon)[ \t]*,[ \t]*$/i;
/** A verb right after the name, or after a note in brackets or a class ("Hi, Lacey Moore (Y4) has not attended since...", "Tia Moss in Y7 is..."). */
const VERB_AFTER = new RegExp(
  String.raw`^(?: \([^()\n]{1,20}\)| in (?:Y|Yr ?|Year )\d{1,2}[A-Z]{0,3}| in (?:Reception|Nursery|class [\w-]+))?(?: (?:now|also|still|just|recently|currently|often|already))? (?:is|are|was|were|has|have|had|will|would|did|does|finds|found|gets|got|came|comes|went|goes|asked|asks|won['’]t|${PERSON_VERBS})\b`,
);
/** The sentence's subject runs from the name right after the greeting to the last name joined to it. */
const opensSentenceAfterGreeting = (text: string, first: NameSpan, last: NameSpan): boolean =>
  GREETING_COMMA_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start)) && VERB_AFTER.test(text.slice(last.end, last.end + 40));

export interface SensitiveOptions {
  /** The text is a short message's subject line, and its body speaks of one person: every term is about them. */
  subjectOfOnePerson?: boolean;
}

/** A note about one pupil is short: a page of a record, not a report. */
const NOTE_LIMIT_CHARS = 3000;
/** Before the name on a note's first line: "Re:", "Concerns about", "Update on". */
const NOTE_NAME_BEFORE = /^\s*(?:re|fw|fwd|subject|about|pupil|student|child|update on|concerns? (?:about|re|for)|notes? (?:on|for|re|about))\s*[:\-–]?\s*$/i;
/**
 * ...or a pupil's document: "Provision report for", "One-page profile:", "Pupil profile - " (not "Report for Mr Hale",
 * which is whom it is for).
 */
const DOCUMENT_NAME_BEFORE = /^\s*(?:[a-z-]+ ){0,2}(?:report|plan|profile|passport|review|summary|record|chronology|provision map)(?: (?:for|on|re|about)|:| [-–—])\s*$/i;
/** After it: a year group, class or date of birth ("Callum Reid - Year 10", "Evie Lamb (Y9)", "Amy Ng 7KL"). */
const NOTE_NAME_AFTER = /^(?:\s*[-–—,:|]?\s*(?:\(?(?:Y|Yr|Year|NC Year) ?\d{1,2}[A-Za-z]{0,3}\)?|\(?\d{1,2}[A-Z]{1,3}\)?|\(?DOB:? ?[\d/.-]{6,10}\)?))+\s*[-–—:]?\s*$/;

/**
 * The text's first line is a pupil's name and nothing else but "Re:" before it or their year group,
 * class or date of birth after it ("Callum Reid - Year 10", "Re: Bella"): a note about that pupil.
 * A name alone is not enough: a letter may open with its writer's name.
 */
function headedByPupil(text: string, names: NameSpan[]): boolean {
  let lineStart = text.search(/\S/);
  if (lineStart < 0) return false;
  let newline = text.indexOf('\n', lineStart);
  // In a message the heading comes after the greeting ("Hi,\n\nUpdate on Jordan Hayes.").
  if (newline >= 0 && GREETING_LINE.test(text.slice(lineStart, newline))) {
    const next = text.slice(newline).search(/\S/);
    if (next < 0) return false;
    lineStart = newline + next;
    newline = text.indexOf('\n', lineStart);
  }
  const lineEnd = newline < 0 ? text.length : newline;
  const name = names.find((n) => n.start >= lineStart && n.end <= lineEnd);
  if (!name) return false;
  const before = text.slice(lineStart, name.start);
  const after = text.slice(name.end, lineEnd);
  // "Re: JB (Y10)": a heading may have both.
  const namedAfter = NOTE_NAME_AFTER.test(after);
  const headsNote = NOTE_NAME_BEFORE.test(before) || (name.kind !== 'titled' && DOCUMENT_NAME_BEFORE.test(before));
  const namedBefore = before.trim() !== '' && headsNote && (namedAfter || /^\s*[-–—:.]?\s*$/.test(after));
  return namedBefore || (before.trim() === '' && namedAfter);
}

/** A greeting alone on a message's first line: "Hi,", "Dear Karen,", "Good morning all". */
const GREETING_LINE = /^\s*(?:hi|hello|hiya|hey|dear|morning|afternoon|good (?:morning|afternoon|evening))\b[^\n.!?]{0,40}[,!]?\s*$/i;

/** A rule for whichever pupil it is, said as "A pupil who...", with what will or must be done ("A pupil who is suspended will be set work"). */
const GENERIC_WHO_RULE = /^\s*an? (?:[a-z]+ ){0,2}(?:pupil|student|child|learner|young person|boy|girl) who\b[^.!?\n]*?\b(?:will|should|must|may|can|is expected to|is entitled to)\b/i;

export function findSensitive(
  prepared: TermText,
  units: Unit[],
  lineStarts: number[],
  vocabularies: VocabularySet,
  evidence: PersonEvidence,
  options: SensitiveOptions = {},
): SensitiveHit[] {
  const { text } = prepared;
  // Most mail has no sensitive term: the people it speaks of and the references are looked for only when one matched.
  const matches = termMatches(prepared, vocabularies);
  if (matches.length === 0) return [];
  const subjects = peopleSpokenOf(text, evidence.names);
  // A short text that is one person's form or note: every term in it is theirs.
  const wholeText: LinkKind | null = options.subjectOfOnePerson
    ? 'subject'
    : text.length <= FORM_LIMIT_CHARS && evidence.names.some((n) => n.start < FORM_HEAD_CHARS && (n.kind === 'labelled' || titledOnFormLine(text, n)))
      ? 'form'
      : text.length <= NOTE_LIMIT_CHARS && headedByPupil(text, evidence.names)
        ? 'note'
        : null;
  // The one person a letter opens by greeting, if any.
  const greeted = evidence.names.find((n) => n.start < GREETING_CHARS && ADDRESSEE_GREETING.test(text.slice(0, n.start)));
  // A letter to one named person ("Dear Mrs Green,"): its "you" and "your" are them.
  const addressed = greeted !== undefined && greeted.kind !== 'given';
  // Greeted by their given name ("Hi Sam,"), a colleague's "you" is too often someone else's business; only a condition
  // said to be theirs ("the software you need for your dyslexia") is the reader's own.
  const greetedByGivenName = greeted?.kind === 'given';
  // With no person at all in the text, no term can be about one.
  const writerHas = (start: number, end: number): boolean => {
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 24);
    const own = WRITER_OWN_BEFORE.test(before);
    return WRITER_HAS_AFTER.test(after) ? own || WRITER_HAS_BEFORE.test(before) : own && WRITER_OWN_VERB_AFTER.test(after);
  };
  if (
    !wholeText && !addressed && !greetedByGivenName && subjects.length === 0 && evidence.identifierSpans.length === 0 &&
    evidence.references.starts(prepared).length === 0 && !matches.some((m) => writerHas(m.start, m.end))
  ) return [];

  const unitHasName = markUnits(units, subjects, []);
  const marked = markUnits(units, subjects, evidence.identifierSpans);
  // References are looked for only in the units asked about (a term's own, a list's heading): the first one's start, or -1.
  const firstReferenceIn = memoPerUnit((unit) => evidence.references.starts(prepared, units[unit].start, units[unit].end)[0] ?? -1);
  const unitHasPerson = (unit: number): LinkKind | null => marked[unit] ?? (firstReferenceIn(unit) >= 0 ? 'reference' : null);
  // Ignored phrases hold for every vocabulary: no term inside "Health and Social Care" counts.
  // With few terms, only the stretch before each is searched; with many, the whole text once.
  const allIgnored = matches.length * IGNORE_REACH > text.length ? vocabularies.anyIgnore.spans(prepared) : null;
  const ignored = (start: number, end: number): boolean =>
    (allIgnored ?? vocabularies.anyIgnore.spans(prepared, Math.max(0, start - IGNORE_REACH), end)).some((s) => start < s.end && end > s.start);
  const passagePeople = [...subjects.filter((n) => !namedInRole(text, n)), ...evidence.identifierSpans].sort((a, b) => a.start - b.start);
  // Those named as what a passage is about, found once, when first asked.
  let topicPeople: Span[] | undefined;
  // Asked of a unit once, not once per term in it: a long unit (a text without full stops) holds many.
  const unitTest = (re: RegExp, unit: number): boolean => re.test(text.slice(units[unit].start, units[unit].end));
  // "Where a pupil has an EHCP, the child's views must be recorded", "staff should stay with the child": a rule for
  // whichever child it is, so its reference ("the child") is no one in particular. Not when the condition or duty
  // comes after the reference ("The child has an EHCP and every lesson must be adapted"), nor when the sentence
  // says he or she or tells of an occasion ("If the child's temperature goes above 38... she had a seizure last month").
  const ruleForAnyone = memoPerUnit((unit) => {
    if (marked[unit] || unitHasPerson(unit) !== 'reference' || unitTest(WHOSE, unit) || unitTest(EVENT, unit)) return false;
    const { start, end } = units[unit];
    const sentence = text.slice(start, end);
    // A sentence opening with "A pupil who..." and saying what will or must be done is a rule ("A pupil who is suspended
    // will be set work"); not "We have a child starting in Reception who has an EHCP".
    if (GENERIC_WHO_RULE.test(sentence)) return true;
    const rule = RULE_FOR_ANYONE.exec(sentence);
    const reference = firstReferenceIn(unit);
    // Only "the child", "a pupil": "I" is the writer ("I should mention that I have epilepsy").
    return rule !== null && start + rule.index < reference && /^(?:the|this|that|a|an|one)\b/i.test(text.slice(reference, reference + 5));
  });
  // A notice of how things are done, unless it says whose: about no one near it, unless a heading names whom the passage is about.
  const isNotice = memoPerUnit((unit) => unitTest(NOTICE, unit) && !unitTest(WHOSE, unit));
  // Statements about groups, notices, rules for anyone and questions on a topic: none is about the people who make them.
  const aboutAGroup = memoPerUnit((unit) => unitTest(GROUP_STATEMENT, unit));
  const isGroupStatement = memoPerUnit(
    (unit) =>
      ruleForAnyone(unit) ||
      aboutAGroup(unit) ||
      isNotice(unit) ||
      (unitTest(QUESTION_ON_TOPIC, unit) && !unitTest(OWN_MATTER, unit)),
  );
  // The unit names people, all of them titled and followed by what `after` holds, and holds no strong identifier (both lists are in text order).
  const namesOnlyTitled = (unit: number, after: RegExp): boolean => {
    const { start, end } = units[unit];
    const ids = evidence.identifierSpans;
    const firstId = firstStartingFrom(ids, start);
    if (firstId < ids.length && ids[firstId]!.start < end) return false;
    let named = false;
    for (let i = firstStartingFrom(subjects, start); i < subjects.length && subjects[i]!.start < end; i++) {
      const n = subjects[i]!;
      if (n.end > end) continue; // runs on past the unit: not one of its names
      if (n.kind !== 'titled' || !after.test(text.slice(n.end, n.end + 50))) return false;
      named = true;
    }
    return named;
  };
  const namesOnlyReporters = memoPerUnit((unit) => namesOnlyTitled(unit, REPORTING_AFTER));
  // "She will oversee all EHCP reviews": a remit that names no one is about no one, its pronoun included
  // ("He helps his mum, who has MS, with all the housework" is his own matter).
  const isRemit = memoPerUnit((unit) => marked[unit] === null && unitTest(REMIT_STATEMENT, unit) && !unitTest(OWN_MATTER, unit));
  // "Measles cases are rising in the region, so please check your child is vaccinated": in a letter to no one named,
  // "your child" in a statement about a group is every reader's child.
  // Not when something happened to the child ("...and your child was sent home with spots this morning").
  const everyReadersChild = memoPerUnit((unit) => !addressed && marked[unit] === null && unitTest(YOUR_CHILD, unit) && !unitTest(YOUR_CHILD_EVENT, unit));
  // In a letter to every parent of a group, "your child" is each reader's, whatever the sentence: "Dear parents, ...
  // please send your child in with any hay fever medication they need". Not when it says whose or what happened.
  const toEveryParent = GROUP_GREETING.test(text);
  // ...and "a child in our class", no one named beside it, is the classmate such a letter leaves unnamed.
  const unnamedClassmate = (unit: number): boolean => marked[unit] === null && unitTest(UNNAMED_CLASSMATE, unit);
  // A presenter and their topic, and no one's own matter in it ("spoke about his Nigerian heritage" is his).
  const presentsTopic = memoPerUnit((unit) => namesOnlyTitled(unit, PRESENTING_AFTER) && !unitTest(OWN_MATTER, unit));
  const hasPronoun = memoPerUnit((unit) => !units[unit].row && unitTest(PRONOUN, unit) && !unitTest(GENERIC_PRONOUN, unit));
  const listedUnder = memoPerUnit((unit) => peopleListedUnder(units[unit], units, text, lineStarts, (i) => marked[i] !== null));
  const tellsOfOccasion = memoPerUnit((unit) => unitTest(PARTICULAR_OCCASION, unit));
  // In one pupil's form or note, a rule that speaks of "the child" or "his" is for that pupil ("Pupil: Amy Clark ...
  // if the pupil has a seizure lasting more than five minutes, staff should give buccal midazolam").
  const instructionInRecord = (unit: number): LinkKind | null =>
    (wholeText === 'form' || wholeText === 'note') && (unitHasPerson(unit) === 'reference' || unitTest(WHOSE, unit)) ? wholeText : null;
  const hits: SensitiveHit[] = [];
  const withPerson = (hit: SensitiveHit): SensitiveHit => (hit.link ? { ...hit, about: personOf(hit, units, subjects, PASSAGE_CHARS) } : hit);
  // "Christian Persch", "David M. Gay", "Mrs Gay": a capitalised term that is part of someone's
  // name says nothing about them. It is inside a name, or right before or after one or an initial.
  const { names } = evidence;
  const nameStarts = new Set(names.map((n) => n.start));
  const nameEnds = new Set(names.map((n) => n.end));
  const insideName = (start: number, end: number): boolean => {
    const n = names[lastStartingBy(names, start)];
    return n !== undefined && n.start <= start && end <= n.end;
  };
  // Only words written as a name can run on into one: an acronym ("Harvey Cole EHCP", "Callum Reid CP chronology")
  // or a phrase in lower case ("Safeguarding referral Lacey Moore") is a term beside a name.
  const writtenAsName = (start: number, end: number): boolean => /^\p{Lu}\p{Ll}*(?:[ '’-]\p{Lu}\p{Ll}*)*$/u.test(text.slice(start, end));
  const partOfName = (start: number, end: number): boolean =>
    insideName(start, end) ||
    (writtenAsName(start, end) && (nameStarts.has(end + 1) || nameEnds.has(start - 1) || /\b\p{Lu}\. $/u.test(text.slice(Math.max(0, start - 4), start))));
  const addresses = disjointUnion(evidence.addresses ?? []);
  const inAddress = (start: number, end: number): boolean => {
    const a = addresses[lastStartingBy(addresses, end - 1)];
    return a !== undefined && start < a.end && end > a.start;
  };
  // Someone in the unit besides the name ending at `nameEnd`: a person spoken of, an identifier or a reference.
  const anotherPersonIn = (unit: number, nameEnd: number): boolean => {
    const { start: from, end: to } = units[unit];
    const other = (s: Span): boolean => s.start >= from && s.start < to && s.end !== nameEnd;
    return subjects.some(other) || evidence.identifierSpans.some(other) || evidence.references.starts(prepared, from, to).length > 0;
  };
  // A faith's name before another capitalised word names an organisation or a person
  // ("Christian Aid", "Catholic Church", "Christian Perrier"), not what someone believes.
  const beforeProperNoun = (end: number): boolean => /^ \p{Lu}\p{Ll}/u.test(text.slice(end, end + 3));
  const namesOrganisation = (start: number, end: number): boolean =>
    ORGANISATION_AFTER.test(text.slice(end, end + 24)) || ORGANISATION_BEFORE.test(text.slice(Math.max(0, start - ORGANISATION_BEFORE_CHARS), start));
  const namesCause = (start: number, end: number): boolean =>
    CAUSE_AFTER.test(text.slice(end, end + 64)) || CAUSE_BEFORE.test(text.slice(Math.max(0, start - CAUSE_BEFORE_CHARS), start));
  // Staff's remit in brackets right after their titled name, naming no one else ("supporting Jack with his EHCP" is Jack's)
  const staffRemitInBrackets = (start: number): boolean => {
    // Searched for only within reach: an unbounded look back would cross the whole text for every term.
    const from = Math.max(0, start - STAFF_REMIT_READ);
    const found = text.slice(from, start).lastIndexOf('(');
    const bracket = found < 0 ? -1 : from + found;
    if (bracket < 2 || text[bracket - 1] !== ' ') return false;
    const owner = names[lastStartingBy(names, bracket)];
    if (owner?.kind !== 'titled' || owner.end !== bracket - 1 || !STAFF_REMIT_IN_BRACKETS.test(text.slice(bracket + 1, start))) return false;
    return names[lastStartingBy(names, start - 1)] === owner;
  };
  for (const { type, start, end } of matches) {
    const term = text.slice(start, end);
    if (ignored(start, end) || inAddress(start, end) || namesCause(start, end)) continue;
    if (/^\p{Lu}/u.test(term) && (partOfName(start, end) || namesOrganisation(start, end) || (type === 'religious_belief' && beforeProperNoun(end)))) continue;
    const unit = unitIndexAt(units, start);
    if (units[unit].header) continue;
    // "Dr Emma Lewis, educational psychologist, ...": a job after its holder's name says who they are;
    // it tells something only of another person in the same unit ("... will observe Jayden Reed").
    const lead = PROFESSION.test(term) ? PROFESSION_AFTER_NAME.exec(text.slice(Math.max(0, start - PROFESSION_LEAD_CHARS), start)) : null;
    if (lead && nameEnds.has(start - lead[0].length) && !anotherPersonIn(unit, start - lead[0].length)) continue;
    // A field that records nothing, a presenter's topic and a member of staff's remit in brackets are about no one.
    if (EMPTY_VALUE_AFTER.test(text.slice(end, end + 40)) || presentsTopic(unit) || staffRemitInBrackets(start)) {
      hits.push({ type, start, end, term, unit, link: null });
      continue;
    }
    // In a statement about a group, neither the person reporting it ("Mrs Carter said two members of staff are on
    // sick leave") nor every reader's child is who it is about; nor is anyone in a member of staff's remit, nor the
    // child a rule is for, nor the child a letter to every parent of a class leaves unnamed to keep them safe ("Dear
    // parents, a child in our class has a severe nut allergy").
    const direct =
      ruleForAnyone(unit) ||
      (isGroupStatement(unit) && (namesOnlyReporters(unit) || everyReadersChild(unit))) ||
      (toEveryParent && ((everyReadersChild(unit) && !unitTest(WHOSE, unit)) || unnamedClassmate(unit))) ||
      isRemit(unit)
        ? null
        : unitHasPerson(unit) ?? (writerHas(start, end) ? 'reference' : null);
    const listed = direct ? [] : listedUnder(unit);
    if (listed.length) {
      // A heading's term is about each person listed under it: their lines are the records holding it.
      for (const item of listed) hits.push(withPerson({ type, start, end, term, unit: item, link: 'heading' }));
      continue;
    }
    // Indirect links (a sentence before, the same paragraph) do not reach statements about groups; a notice is
    // reached only from a heading naming whom the passage is about ("Ruby Khan (Y4). Inhalers must be kept in class.").
    const topic = (): Span[] => (topicPeople ??= passagePeople.filter((p) => namedAsTopic(text, units, p)));
    const link =
      direct ??
      (isGroupStatement(unit) || isRemit(unit)
        ? instructionInRecord(unit) ?? (isNotice(unit) && !aboutAGroup(unit) ? passageLink(start, end, units[unit], units, topic()) : null)
        : pronounLink(unit, units, hasPronoun, unitHasName) ??
          passageLink(start, end, units[unit], units, tellsOfOccasion(unit) ? passagePeople : topic()) ??
          listLink(units[unit], units, text, lineStarts, unitHasPerson) ??
          (addressed && unitTest(SECOND_PERSON, unit) && !TOPIC_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ? 'addressee' : null) ??
          (greetedByGivenName && OWN_CONDITION_TYPES.has(type) && YOUR_RIGHT_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && OWN_TERM_AFTER.test(text.slice(end, end + 24)) ? 'addressee' : null) ??
          wholeText);
    hits.push(withPerson({ type, start, end, term, unit, link }));
  }
  return hits;
}

function memoPerUnit<T>(test: (unit: number) => T): (unit: number) => T {
  const known = new Map<number, T>();
  return (unit) => {
    let result = known.get(unit);
    if (result === undefined) known.set(unit, (result = test(unit)));
    return result;
  };
}

/** Sentences in a row, each with a pronoun, that carry a name on from the sentence before them. */
const MAX_PRONOUN_HOPS = 4;

/**
 * "Jane Smith joined in May. She has type 1 diabetes.": a pronoun, and a name in one of the two units before.
 * A run of such units in one paragraph carries the name on: "Noah sits by the door. He has an exit card; he
 * may leave if he shows it. His one-page profile is on the drive."
 */
function pronounLink(unit: number, units: Unit[], hasPronoun: (unit: number) => boolean, hasName: (LinkKind | null)[]): LinkKind | null {
  if (!hasPronoun(unit)) return null;
  for (let from = unit, hops = 0; hops <= MAX_PRONOUN_HOPS; hops++) {
    for (let back = 1; back <= 2 && from - back >= 0; back++) if (hasName[from - back]) return 'pronoun';
    const previous = from - 1;
    if (previous < 0 || units[previous].line !== units[from].line || !hasPronoun(previous)) return null;
    from = previous;
  }
  return null;
}

/**
 * A person within PASSAGE_CHARS in the same paragraph (line), not across a table row boundary.
 * `people` are in text order: only those starting near the term are looked at.
 */
function passageLink(start: number, end: number, own: Unit, units: Unit[], people: { start: number }[]): LinkKind | null {
  if (own.row) return null;
  for (let i = firstStartingFrom(people, start - PASSAGE_CHARS); i < people.length && people[i]!.start <= end + PASSAGE_CHARS; i++) {
    const p = people[i]!;
    if (Math.abs(p.start - start) > PASSAGE_CHARS && Math.abs(p.start - end) > PASSAGE_CHARS) continue;
    const u = units[unitIndexAt(units, p.start)];
    if (u.line === own.line && !u.row) return 'passage';
  }
  return null;
}

/**
 * The person is named as what a passage is about, as a heading names them: "Re: Ruby Khan (Y5).", "Quick note about
 * Amelia Hart.", "Ruby Khan (Y4)." (a short sentence with no word but the name outside brackets).
 */
function namedAsTopic(text: string, units: Unit[], person: Span): boolean {
  if (TOPIC_BEFORE_NAME.test(text.slice(Math.max(0, person.start - 20), person.start))) return true;
  const u = units[unitIndexAt(units, person.start)]!;
  if (u.end - u.start > HEADING_CHARS) return false;
  return !/\p{Ll}{3}/u.test((text.slice(u.start, person.start) + text.slice(person.end, u.end)).replace(/\([^)]*\)/g, ''));
}

/** The spans merged where they overlap, in text order: one binary search then answers "inside any?". */
function disjointUnion(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else out.push({ start: span.start, end: span.end });
  }
  return out;
}

const MAX_LIST_LINES = 15;

/** A bullet line in a list introduced by a line that names a person and ends with a colon. */
function listLink(own: Unit, units: Unit[], text: string, lineStarts: number[], hasPerson: (unit: number) => LinkKind | null): LinkKind | null {
  const lineOf = (line: number): string => lineText(text, lineStarts, line);
  if (!BULLET.test(lineOf(own.line))) return null;
  for (let line = own.line - 1, seen = 0; line >= 0 && seen < MAX_LIST_LINES; line--, seen++) {
    const content = lineOf(line);
    if (!content.trim() || BULLET.test(content)) continue;
    if (!/:\s*$/.test(content)) return null;
    // The units on the introducing line: the first one starts at the line start.
    for (let i = unitIndexAt(units, lineStarts[line]); i < units.length && units[i].line === line; i++) if (hasPerson(i)) return 'list';
    return null;
  }
  return null;
}

const MIN_LISTED = 2;
const MAX_LISTED = 2000;
const MAX_LISTED_LINE = 120;
const MAX_HEADING_LINE = 200;
const MAX_TITLE_LINE = 60;
const MAX_RECORD_LINE = 60;
/**
 * A line that is a name and what a record holds, with no verb: "Oscar Bell", "- Tom Reed (4B)", "Tyler Banks (Y9) 2 days",
 * "12/01 Kian Moss 1 day verbal abuse". Not a sentence ("Tom Reed will lead the training").
 */
const RECORD_LINE =
  /^[\s\-•*]*(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?[ \t]+(?:-[ \t]+)?)?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}(?=[ \t,(\-|]|$)(?![^\n]*\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must|did|does|do|to)\b)[^\n.!?]*$/u;

/**
 * "Pupil premium children:" above a list of names: the units of the listed lines. The list is the
 * lines right after the heading (one blank line may come first), each short and naming someone, at
 * least two; it ends at a blank line or at a line that names nobody, so a sign-off ("Thanks,\nJane
 * Smith") is not a list.
 */
function peopleListedUnder(own: Unit, units: Unit[], text: string, lineStarts: number[], hasPerson: (unit: number) => boolean): number[] {
  const lineOf = (line: number): string => lineText(text, lineStarts, line);
  const heading = lineOf(own.line);
  if (own.row || heading.length > MAX_HEADING_LINE) return [];
  // A title without a colon ("Pupil premium list (Year 6)", "Suspensions this half term") heads only records right under it.
  const colon = /:\s*$/.test(heading);
  if (!colon && (heading.length > MAX_TITLE_LINE || /[.!?,;]\s*$/.test(heading))) return [];
  const maxListedLine = colon ? MAX_LISTED_LINE : MAX_RECORD_LINE;
  const listed: number[] = [];
  let line = own.line + 1;
  if (colon && line < lineStarts.length && !lineOf(line).trim()) line++;
  for (; line < lineStarts.length && listed.length < MAX_LISTED; line++) {
    const content = lineOf(line);
    if (!content.trim() || content.length > maxListedLine || (!colon && !RECORD_LINE.test(content))) break;
    const first = unitIndexAt(units, lineStarts[line]);
    let named = -1;
    for (let i = first; i < units.length && units[i]!.line === line && named < 0; i++) if (hasPerson(i)) named = i;
    if (named < 0) break;
    listed.push(named);
  }
  return listed.length >= MIN_LISTED ? listed : [];
}

/** Per unit, the first person in it: a name, else a strong identifier. */
function markUnits(units: Unit[], names: NameSpan[], identifierSpans: Span[]): (LinkKind | null)[] {
  const marks: (LinkKind | null)[] = new Array(units.length).fill(null);
  const mark = (spans: { start: number }[], kind: LinkKind): void => {
    for (const s of spans) {
      const i = unitIndexAt(units, s.start);
      if (!marks[i]) marks[i] = kind;
    }
  };
  mark(names, 'name');
  mark(identifierSpans, 'identifier');
  return marks;
}
