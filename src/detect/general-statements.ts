// What a sentence says of people in general, or of a member of staff's work. Such a sentence is not about
// a person named in another sentence near it, nor about whoever only reports it: sensitive.ts links its
// terms only to someone it names itself. And what makes a sentence tell of a particular occasion instead.

/** Statements about groups: aggregate figures, "families who...", rules and notices for everyone. */
const GROUP_NOUNS = 'pupils|children|students|learners|families|parents|staff|people|cases|referrals|colleagues|members';
export const GROUP_STATEMENT = new RegExp(
  String.raw`\b(?:\d+|all|most|many|some|several|few|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of)\s+(?:of\s+(?:our|the|these)\s+)?(?:[a-z-]+\s+)?(?:${GROUP_NOUNS})\b` +
    String.raw`|\b(?:families|parents|carers|pupils|children|students|staff|anyone|everyone|those|people|(?:any|every|each) (?:child|pupil|student|learner|family|parent)) (?:who|whose|with|on|eligible for|entitled to|in receipt of|(?!(?:being|missing|during|morning|evening|nothing|something|anything|everything)\b)[a-z]{3,}ing)\b` +
    // What a policy tells everyone to do ("Any concern should be reported to the DSL", "Staff must...")
    String.raw`|\b(?:any|all|every) (?:concerns?|disclosures?|allegations?|incidents?|referrals?)\b|\b(?:staff|adults|everyone|children|pupils|students|visitors|parents|carers|families|no (?:child|pupil|student)) (?:should|must)\b` +
    // A rule for whoever it may be ("If anyone needs their medication, they should...") and some of a group ("Some of them have been diagnosed...")
    String.raw`|\bif (?:anyone|any child|any pupil|any student|a child|a pupil|a student)\b|\b(?:some|many|most|all|several|none|a few|one or two) of them\b` +
    // What everyone may do ("Parents can find mental health leaflets in reception", "Families are welcome to...")
    String.raw`|\b(?:parents|carers|families|everyone|anyone|visitors) (?:can|may|are (?:welcome|invited|asked|reminded|encouraged))\b` +
    String.raw`|\b(?:young people|people|pupils|children|students|staff)(?: [a-z]+){0,3} (?:can|may) (?:access|apply|get|receive|claim|use|bring|join|attend|book|request)\b` +
    // What is common in a place or a season ("Cases of scarlet fever have been confirmed in the area", "common at this time of year")
    String.raw`|\bin (?:the|our|your|this) (?:local )?(?:area|region|county|city|town|community|country|borough)\b|\b(?:at|for) this time of (?:the )?year\b|\bseason is (?:here|upon us|starting|approaching|coming)\b|\b(?:are|is) (?:[a-z]+ly |still )?common\b|\bnationally\b|\bacross the country\b` +
    // Something going round, or a document's rule for everyone ("There is a lot of norovirus about", "Our behaviour
    // policy no longer uses internal exclusion", "vouchers will be posted to eligible families")
    String.raw`|\bthere (?:is|are|has been|have been) (?:a lot of|lots of|a bit of|some|plenty of|an outbreak of|a case of|cases of)\b` +
    String.raw`|\b(?:policy|policies|guidance|procedures?|handbook|strategy|curriculum) (?:no longer |now |also |does not |doesn't |will )?(?:sets? out|covers?|explains?|describes?|outlines?|includes?|uses?|allows?|requires?|states?)\b` +
    String.raw`|\b(?:all |any |every )?eligible (?:families|parents|pupils|children|students|staff)\b` +
    // ...in a class or the school ("Chickenpox has been reported in Reception")
    String.raw`|\b(?:has|have) been (?:reported|confirmed|seen|found|spotted) in (?:Reception|Nursery|Year \d+|Y\d+|(?:the |our )?(?:class|school|area|nursery|infants|juniors))\b` +
    // What a group is entitled to ("Children in care and care leavers are entitled to priority admission")
    String.raw`|\b[a-z]{3,}s (?:are|will be) (?:all |also )?(?:entitled|eligible)\b` +
    // A rule for any parent's child ("Please do not send your child to school if they have had sickness", "Please remind
    // your children not to share their inhalers")
    String.raw`|\byour (?:child|children|son|daughter)\b[^.!?\n]{0,60}\b(?:if|unless|in case) (?:they|he|she)\b|\b(?:remind|tell|ask|encourage) your (?:child|children)\b` +
    // ...and a reminder to every parent ("Please make sure your child's inhaler is in date")
    String.raw`|\bplease (?:make sure|ensure|check|remember|note)(?: that)? your (?:child|children)\b` +
    // A group's size ("Numbers of pupils on SEN support have risen to 48", "the proportion of disadvantaged pupils")
    String.raw`|\b(?:numbers?|proportion|percentage|total|count) of (?:[a-z-]+\s+)?(?:${GROUP_NOUNS})\b` +
    // A share of a group ("12% of pupils"), not any percentage ("25% extra time" is one pupil's arrangement)
    String.raw`|(?:\d+(?:\.\d+)?\s?%|\bper ?cent\b)(?= of\b| (?:[a-z-]+ )?(?:${GROUP_NOUNS})\b)` +
    // A tally ("There were 3 suspensions and no permanent exclusions this half term")
    String.raw`|\bthere (?:were|have been|had been|was|has been) (?:\d+|no|only \d+|two|three|four|five|six|seven|eight|nine|ten|several|many|few)\b` +
    // ...or most of them ("Most suspensions this year were for persistent disruption"; not "three suspensions", which may be one pupil's)
    String.raw`|\b(?:most|many|all|few|none|some) (?:of (?:the|our|these) )?(?:suspensions|exclusions|incidents|disclosures|concerns|allegations|absences)\b` +
    // ...or a trend ("Suspensions fell by half this year")
    String.raw`|\b(?:suspensions|exclusions|referrals|incidents|absences?|attendance|disclosures|numbers) (?:have |has )?(?:fell|fallen|rose|risen|dropped|increased|decreased|halved|doubled|improved|went (?:up|down)|gone (?:up|down))\b` +
    // ...or among a group ("Sickness absence among staff has fallen")
    String.raw`|\bamong (?:our |the )?(?:${GROUP_NOUNS})\b` +
    // An organisation's advice to everyone ("Asthma UK recommends checking inhaler technique")
    String.raw`|\b(?:UK|NHS|charity|DfE|government|guidance|research|experts?) (?:recommends?|advises?|suggests?)\b`,
  'i',
);
/**
 * How things are done, said in general: what must or will be done with things ("Epipens must be collected",
 * "Vouchers will be sent out before half term"), what a group can get ("Unison members can get free legal advice"),
 * how a process runs ("Exclusion appeals are heard by an independent review panel", "Support is available 24 hours
 * a day"), a trend ("Knife crime has risen"), a topic taught ("Self-harm is one of the topics covered"). A notice,
 * unless the sentence says whose it is ("Her EpiPens must be kept in the office", "Lessons will be adapted for her
 * dyslexia"): sensitive.ts asks WHOSE of the whole sentence.
 */
export const NOTICE = new RegExp(
  String.raw`(?<!\b(?:his|her|their|my|your|\w+['’]s) )\b[a-z]{3,}s (?:must|should|need to|have to|will need to|will) be\b` +
    String.raw`|\b[a-z]{3,}s (?:can|may) (?:access|apply|get|receive|claim|use|bring|join|attend|book|request|find|ask|contact|order)\b` +
    String.raw`|\b(?!(?:he|she|they|it|who|this|that|which)\b)[a-z]{3,} (?:are|is) (?:usually |normally |always |only |also |then |now |generally |automatically )?` +
    String.raw`(?:heard|received|run|held|authori[sz]ed|recorded|reported|delivered|offered|provided|available|reviewed|considered|taught|funded|managed|handled|logged|monitored|illegal|compulsory)\b` +
    String.raw`|\b(?:has|have) (?:risen|fallen|increased|decreased|doubled|halved|dropped|gone (?:up|down))\b|\b(?:is|are) (?:on the (?:rise|increase)|rising|increasing)\b` +
    String.raw`|\btopics? (?:covered|taught|we cover)\b|\bis one of the (?:topics|themes|subjects|units)\b`,
  'i',
);
/** A sentence that says whose the matter is: his, her, he, she (not "he or she", which is anyone). */
export const WHOSE = /\b(?:his|her|he|she|him)\b(?! or (?:she|he|her|his)\b)/i;

/** What makes a sentence a rule for whoever it may be: a condition, a duty, what will or may be done, or "each", "every", "any", "always". */
export const RULE_FOR_ANYONE = /\b(?:where|when|whenever|once|if|unless|whether|in the event of|should|must|will|would|can|may|might|always|each|every|any)\b/i;

/**
 * A member of staff's remit said after their role ("Mrs Hart is our new SENCO. She will oversee EHCP reviews",
 * "He is responsible for the progress of looked after children"): work with a group, not one person's data.
 */
export const REMIT_STATEMENT = new RegExp(
  // (and what they have done in post: "She has supported pupils with a wide range of needs, including autism")
  String.raw`^\s*(?:he|she|they) (?:will |also |now |can |is going to |are going to |has |have |had )?(?:also )?(?:be |is |are |been )?` +
    String.raw`(?:oversee|handle|follow up|follows up|assess|support|help|monitor|co-?ordinate|manage|deal with|deals with|work with|works with|worked with|lead on|leads on|run|responsible for|advise on|give advice on|teach)[a-z]*\b` +
    String.raw`[^.!?\n]*\b(?:all|any|pupils|children|families|students|staff|referrals|reviews|plans|incidents|cases|absence|across)\b`,
  'i',
);

/** An event, past or going on, or something in place for someone ("There is an injunction in place"). */
const EVENT_SOURCE =
  String.raw`\bthere (?:is|are|['’]s) (?:a|an|some|safeguarding|child protection)\b|\b(?:is|are) being\b|\bin place\b|\bcurrently\b` +
  String.raw`|\b(?:was|were|had|has been|have been|had been|got|became|did|says|came|went|saw|took|left|occurred|happened)\b` +
  // (not a passive to come: "a referral will be made")
  String.raw`|(?<!\b(?:be|to) )\b(?:told|said|made|found|gave)\b` +
  // what the writer did ("I've logged it on CPOMS", "We referred her to the MASH")
  String.raw`|\b(?:I|we)(?:['’]ve| have| had)? (?:just |now |already |also )?(?:[a-z]+ed|made|told|spoke|spoken|rang|saw|seen|took|taken|sent|gave|given|written|wrote|put|done|kept)\b` +
  // ...or is doing about the matter ("we are treating it as a racist incident", "I'm looking into it")
  String.raw`|\b(?:I|we)(?:['’]re| are|['’]m| am) (?:now |currently |also |still )?(?:treating|looking into|investigating|monitoring|dealing with|recording|logging|reporting|referring|following up(?: on)?) (?:it|this|that|the (?:incident|matter|concern|case|allegation|disclosure))\b` +
  // ...or who already knows of the case ("Social care are aware", "The police are involved")
  String.raw`|\b(?:social care|social services|children['’]s services|the police|police|the DSL|CAMHS|the GP|we) (?:are|is|were|was) (?:now |already |fully |also )?(?:aware|involved|informed)\b` +
  // a note of what was done, closing its sentence ("GP appointment booked.", "DSL informed.")
  String.raw`|\b(?:booked|logged|informed|arranged|contacted|requested|referred|emailed|called|completed|sent|made|done|notified|updated|recorded)[ \t]*(?:[.;!]|$)` +
  String.raw`|\b(?:yesterday|today|tonight|tomorrow|last (?:night|week|month|term|year|weekend)|this (?:morning|afternoon|week|summer|weekend)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b`;
export const EVENT = new RegExp(EVENT_SOURCE, 'i');

/**
 * What makes a sentence tell of a particular occasion or person rather than state a rule or a fact: an event
 * ("was confirmed", "is being finalised", "last night", "on Monday", "I've logged it"), or a definite mention of
 * someone's family ("The family are Roma", "Mum says..."). A sentence with none of these, naming no one, is read as
 * a general notice ("Anaphylaxis can be life-threatening", "An educational psychologist visits the school three
 * times a year"): sensitive.ts links it to a name in a nearby sentence only when that sentence is about the person
 * ("Re: Ruby Khan (Y5).").
 */
export const PARTICULAR_OCCASION = new RegExp(
  String.raw`\bthe (?:family|child|children|kids|pupil|student|boy|boys|girl|girls|twins|siblings|young person|parents?|carers?|mother|father)\b|\bboth (?:parents|carers)\b|\b(?:mum|dad)\b|${EVENT_SOURCE}` +
    // one person's plan, worker or case, said as known ("The EHCP names 25 hours of support", "The care plan needs updating")
    String.raw`|\bthe (?:new |current |draft |latest |updated |final )?(?:EHCP|EHC plan|care plan|(?:individual )?health ?care plan|IHP|IHCP|PEP|CP plan|child protection plan|CIN plan|pathway plan|support plan|social worker|diagnosis|managed move|placement|prescription|medication|operation)\b` +
    String.raw`(?! (?:hub|process|team|service|website|page|form|forms|template|policy|guidance|panel|training|pathway|criteria|annual|review|reviews|paperwork|deadlines?|applications?|meetings?|dates|documents|documentation|system|portal|budget|funding|rules|requirements|timescales?|timeline)\b)` +
    // what the writer makes of the matter just told ("This may be a private fostering arrangement")
    String.raw`|^\s*(?:this|that|it) (?:may|might|could|would|appears to|seems to) (?:well )?(?:be|amount to|count as|constitute)\b` +
    // and a field recorded under a named person ("Diagnosis: autism"), not a note or a reminder
    String.raw`|^\s*(?!(?:note|notes|reminder|please note|nb|ps|update|important|notice|fyi|dates?|where|when|time|venue|location|cost|price|topic|theme|title|subject|speaker|audience|agenda|item|deadline|closing date)\b)[A-Z][a-z]+(?: [a-z]+){0,3}:[ \t]*\S`,
  'i',
);
