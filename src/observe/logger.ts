// One JSON line per event. Mailward's events carry types, counts and codes only;
// redaction is the second line of defence should a field with content slip in.
import pino, { type DestinationStream, type Logger } from 'pino';

export const REDACTED_PATHS = [
  'raw', 'text', 'html', 'body', 'subject', 'sample', 'password', 'content',
  '*.raw', '*.text', '*.body', '*.subject', '*.sample', '*.password', '*.content', 'findings[*].sample',
];

export function createLogger(destination?: DestinationStream): Logger {
  return pino({ base: { service: 'mailward' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}
