// Delivering a message the DPO released from the quarantine: the same delivery step
// as the gateway, and external recipients get the same disclaimer they would have
// got had the message not been held. Internal copies leave byte for byte.
import type { Config } from '../config/schema';
import { classify } from '../recipients/classify';
import type { Delivery } from './delivery';
import { externalCopy } from './disclaimer';

export interface ReleasedMessage {
  sender: string;
  recipients: string[];
}

export async function deliverReleased(
  raw: Buffer, held: ReleasedMessage, delivery: Delivery, config: Pick<Config, 'organisation' | 'disclaimer'>,
  log: (event: Record<string, unknown>) => void,
): Promise<void> {
  const lists = { internal: config.organisation.internal_domains, freemail: [], secure: [] };
  const internal = held.recipients.filter((r) => classify(r, lists) === 'internal');
  const external = held.recipients.filter((r) => !internal.includes(r));
  // Internal first: should the external copy then fail, the release fails and is retried
  // whole; a repeated internal copy is better than an external one sent twice.
  if (internal.length) await delivery.deliver(raw, { from: held.sender, to: internal });
  if (external.length) await delivery.deliver(await externalCopy(raw, config.disclaimer, log), { from: held.sender, to: external });
}
