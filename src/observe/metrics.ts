// Prometheus metrics for the gateway, in a registry of its own.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export class Metrics {
  readonly registry = new Registry();
  private readonly replies = new Counter({ name: 'mailward_smtp_replies_total', help: 'DATA replies by SMTP code', labelNames: ['code'], registers: [this.registry] });
  private readonly decisions = new Counter({ name: 'mailward_decisions_total', help: 'Decisions by action', labelNames: ['action'], registers: [this.registry] });
  private readonly seconds = new Histogram({
    name: 'mailward_message_seconds', help: 'Time from end of DATA to the reply', registers: [this.registry],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'mailward_' });
  }

  reply(code: number, seconds: number): void {
    this.replies.inc({ code: String(code) });
    this.seconds.observe(seconds);
  }

  decision(action: string): void {
    this.decisions.inc({ action });
  }
}
