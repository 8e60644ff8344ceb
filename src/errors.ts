// The catalogue of Mailward's coded errors. Each code says what went wrong and
// which SMTP reply it maps to, so that every stage fails the same way (closed).

export interface ErrorSpec {
  message: string;
  smtpCode: number;
  enhanced: string;
}

export const ERRORS = {
  MW_ERR_USAGE: { message: 'Invalid command-line usage', smtpCode: 451, enhanced: '4.3.0' },
  MW_ERR_FILE_UNREADABLE: { message: 'File cannot be read', smtpCode: 451, enhanced: '4.3.0' },
  MW_ERR_CONFIG_INVALID: { message: 'Configuration file is invalid', smtpCode: 451, enhanced: '4.3.0' },
  MW_ERR_RULES_INVALID: { message: 'Rules file is invalid', smtpCode: 451, enhanced: '4.3.0' },
  MW_ERR_MIME_PARSE: { message: 'Message could not be parsed', smtpCode: 451, enhanced: '4.3.0' },
  MW_ERR_SCAN_TIMEOUT: { message: 'Scanning took too long', smtpCode: 451, enhanced: '4.3.0' },
  MW_ERR_SCAN_FAILED: { message: 'Scanner failed', smtpCode: 451, enhanced: '4.3.0' },
  MW_ERR_STORE_UNAVAILABLE: { message: 'Store unavailable', smtpCode: 451, enhanced: '4.3.0' },
  MW_ERR_STORE_CORRUPT: { message: 'Store is not a usable Mailward database', smtpCode: 451, enhanced: '4.3.0' },
  MW_ERR_STORE_FULL: { message: 'Store is out of disk space', smtpCode: 452, enhanced: '4.3.1' },
  MW_ERR_KEY_INVALID: { message: 'Quarantine key problem', smtpCode: 451, enhanced: '4.3.0' },
  MW_ERR_NOT_FOUND: { message: 'Not found', smtpCode: 451, enhanced: '4.3.0' },
  MW_ERR_STATE: { message: 'Not allowed in this state', smtpCode: 451, enhanced: '4.3.0' },
  MW_ERR_PASSWORD_POLICY: { message: 'Password does not meet the policy', smtpCode: 451, enhanced: '4.3.0' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

export class MailwardError extends Error {
  readonly code: ErrorCode;
  readonly smtpCode: number;
  readonly enhanced: string;

  constructor(code: ErrorCode, detail?: string, options?: { cause?: unknown }) {
    const spec = ERRORS[code];
    super(detail ? `${spec.message}: ${detail}` : spec.message, options);
    this.name = 'MailwardError';
    this.code = code;
    this.smtpCode = spec.smtpCode;
    this.enhanced = spec.enhanced;
  }

  /** The SMTP reply line a gateway sends for this error. */
  get smtpReply(): string {
    return `${this.smtpCode} ${this.enhanced} ${ERRORS[this.code].message}`;
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
