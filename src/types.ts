// Plain data shared between stages. Imports nothing, so every stage can use it.

export const ACTIONS = ['allow', 'warn', 'encrypt', 'quarantine', 'block'] as const;
export type Action = (typeof ACTIONS)[number];

export const STRONG_IDENTIFIERS = [
  'nhs_number', 'ni_number', 'upn', 'uln', 'passport_number', 'driving_licence', 'utr',
  'bank_account', 'iban', 'payment_card',
] as const;
export const WEAK_IDENTIFIERS = ['person_name', 'date_of_birth', 'phone_number', 'postal_address', 'email_address'] as const;
export const SPECIAL_CATEGORIES = [
  'racial_ethnic_origin', 'political_opinion', 'religious_belief', 'trade_union', 'health', 'sex_life',
  'biometric_genetic', 'criminal_offence',
] as const;
export const CHILD_SENSITIVE = ['safeguarding', 'special_educational_needs', 'free_school_meals', 'looked_after', 'exclusion'] as const;
export const MESSAGE_TYPES = [
  'bulk_personal_data', 'executable_attachment', 'encrypted_content', 'password_in_message', 'cc_exposure',
  'self_forward', 'unscannable',
] as const;

export type StrongIdentifierType = (typeof STRONG_IDENTIFIERS)[number];
export type WeakIdentifierType = (typeof WEAK_IDENTIFIERS)[number];
export type SpecialCategoryType = (typeof SPECIAL_CATEGORIES)[number];
export type ChildSensitiveType = (typeof CHILD_SENSITIVE)[number];
export type MessageFindingType = (typeof MESSAGE_TYPES)[number];
export type FindingType = StrongIdentifierType | WeakIdentifierType | SpecialCategoryType | ChildSensitiveType | MessageFindingType;
export type FindingCategory = 'identifier' | 'special_category' | 'child_sensitive' | 'message';

export type RecipientField = 'to' | 'cc' | 'bcc' | 'envelope';
export type RecipientClass = 'internal' | 'external' | 'freemail' | 'secure';

export interface Address {
  address: string;
  name: string;
}

/** A piece of text to scan, and where it came from ("body", "attachment:report.pdf", "attachment:a.zip/b.csv"). */
export interface TextSegment {
  where: string;
  text: string;
}

/** What extraction learned about one attachment (or archive entry) besides its text. */
export interface AttachmentInfo {
  where: string;
  name: string;
  kind: string;
  size: number;
  encrypted: boolean;
  executable: boolean;
  /** Set when the part could not be scanned: corrupt, or past a limit. Never treated as clean. */
  unscannable?: string;
}

/** A parsed message with all its text extracted: the input of detection. */
export interface ExtractedMessage {
  subject: string;
  from: Address | null;
  to: Address[];
  cc: Address[];
  bcc: Address[];
  segments: TextSegment[];
  attachments: AttachmentInfo[];
  /** The message itself (or a body part) is S/MIME or PGP encrypted. */
  encryptedBody: boolean;
}

export interface Finding {
  type: FindingType;
  category: FindingCategory | 'weak_identifier';
  count: number;
  confidence: number;
  where: string;
  /** Always masked: never a full identifier or a special-category phrase. */
  sample: string;
  /** Why it counted, in words a DPO can check (no sensitive content). */
  evidence?: string;
}

export interface Envelope {
  from: string;
  to: string[];
}

export interface RecipientInfo {
  address: string;
  field: RecipientField;
  class: RecipientClass;
}

export interface Reason {
  rule: string;
  action: Action;
  message: string;
}

export interface ScanResult {
  action: Action;
  reasons: Reason[];
  findings: Finding[];
  recipients: RecipientInfo[];
  elapsed_ms: number;
}
