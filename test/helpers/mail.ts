// Builds real MIME messages for tests with nodemailer's composer.
import MailComposer from 'nodemailer/lib/mail-composer';

export interface TestAttachment {
  filename: string;
  content: Buffer | string;
  contentType?: string;
  contentDisposition?: 'attachment' | 'inline';
}

export interface TestMail {
  from?: string;
  to?: string | string[];
  cc?: string | string[];
  subject?: string;
  text?: string;
  html?: string;
  attachments?: TestAttachment[];
}

export function buildMail(mail: TestMail): Promise<Buffer> {
  return new MailComposer({
    from: mail.from ?? 'Priya Raman <p.raman@oakfield.example>',
    to: mail.to ?? 'someone@partner.example',
    cc: mail.cc,
    subject: mail.subject ?? 'Test',
    text: mail.text,
    html: mail.html,
    attachments: mail.attachments,
  })
    .compile()
    .build();
}
