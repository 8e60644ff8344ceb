// Per-sender limits on messages and recipients per hour (R21: no mass mailing).
// A sliding window of timestamps per sender, in memory: each gateway instance
// limits what passes through it.

export interface RateLimits {
  messages_per_hour: number;
  recipients_per_hour: number;
}

const HOUR = 60 * 60 * 1000;

export class SenderRateLimiter {
  private readonly messages = new Map<string, number[]>();
  private readonly recipients = new Map<string, number[]>();

  constructor(private readonly limits: RateLimits, private readonly clock: () => number = Date.now) {}

  private recent(map: Map<string, number[]>, sender: string): number[] {
    const since = this.clock() - HOUR;
    const kept = (map.get(sender) ?? []).filter((t) => t > since);
    if (kept.length) map.set(sender, kept);
    else map.delete(sender);
    return kept;
  }

  /** Null when the sender may start another message; otherwise why not. */
  checkMessage(sender: string): string | null {
    const key = sender.toLowerCase();
    if (this.recent(this.messages, key).length >= this.limits.messages_per_hour) {
      return `more than ${this.limits.messages_per_hour} messages in an hour from this sender`;
    }
    return null;
  }

  /** Null when one more recipient is within the limit. */
  checkRecipient(sender: string, alreadyInMessage: number): string | null {
    const key = sender.toLowerCase();
    if (this.recent(this.recipients, key).length + alreadyInMessage >= this.limits.recipients_per_hour) {
      return `more than ${this.limits.recipients_per_hour} recipients in an hour from this sender`;
    }
    return null;
  }

  /** Counts a message once it is accepted for processing. */
  record(sender: string, recipients: number): void {
    const key = sender.toLowerCase();
    const now = this.clock();
    this.messages.set(key, [...this.recent(this.messages, key), now]);
    this.recipients.set(key, [...this.recent(this.recipients, key), ...Array<number>(recipients).fill(now)]);
  }
}
