// Records the store keeps. Never a full identifier or body text: findings carry
// masked samples; only quarantine content holds the message, encrypted.
import type { Action, Finding, RecipientInfo } from '../types';

/** What was found, masked, and why it counts (`evidence`: absent in decisions recorded before it was kept). */
export type StoredFinding = Pick<Finding, 'type' | 'category' | 'count' | 'confidence' | 'where' | 'sample' | 'evidence'>;

export interface DecisionInput {
  /** Chosen by the caller when another record (a quarantined copy) must point to it first. */
  id?: string;
  messageId?: string | null;
  sender: string;
  recipients: RecipientInfo[];
  action: Action;
  rules: string[];
  findings: StoredFinding[];
  size: number;
  clientAddress?: string | null;
}

export interface DecisionRecord extends DecisionInput {
  id: string;
  time: number;
  instance: string;
}

export interface DecisionFilter {
  id?: string;
  since?: number;
  until?: number;
  sender?: string;
  recipient?: string;
  action?: Action;
  rule?: string;
  limit?: number;
}

export const QUARANTINE_STATES = ['held', 'released', 'rejected', 'expired'] as const;
export type QuarantineState = (typeof QUARANTINE_STATES)[number];

export interface QuarantineInput {
  decisionId?: string | null;
  sender: string;
  recipients: string[];
  action: Action;
  rules: string[];
  raw: Buffer;
}

export interface QuarantineSummary {
  id: string;
  decisionId: string | null;
  time: number;
  sender: string;
  recipients: string[];
  action: Action;
  rules: string[];
  state: QuarantineState;
  size: number;
  keyId: string | null;
  decidedBy: string | null;
  decidedAt: number | null;
  reason: string | null;
}

export interface AuditEvent {
  id: string;
  time: number;
  actor: string;
  action: string;
  target: string | null;
  detail: string | null;
}

export interface PurgeReport {
  dryRun: boolean;
  /** False when another instance was purging (PostgreSQL); nothing was done. */
  ran: boolean;
  decisions: number;
  /** Held items that expired (content deleted, state `expired`). */
  expired: number;
  /** Quarantine records deleted (any state) past retention. */
  quarantine: number;
  audit: number;
  history: number;
}

export const ROLES = ['dpo', 'it_admin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export interface UserRecord {
  name: string;
  role: Role;
  failedAttempts: number;
  lockedUntil: number | null;
  disabled: boolean;
  createdAt: number;
}
