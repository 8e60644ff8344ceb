// The one validated configuration schema. Every setting has a default here, so a
// gateway runs without a file; a file and command-line flags override it.
import { z } from 'zod';

const domain = z
  .string()
  .min(1)
  .transform((d) => d.trim().toLowerCase().replace(/^@/, ''))
  .pipe(z.string().regex(/^[a-z0-9.-]+\.[a-z0-9-]+$|^[a-z0-9-]+$/, 'not a domain name'));

export const limitsSchema = z
  .object({
    /** Largest single attachment (decoded bytes) that is opened at all. */
    max_attachment_bytes: z.number().int().positive().default(50 * 1024 * 1024),
    /** Total bytes all archives of one message may expand to. */
    max_expanded_bytes: z.number().int().positive().default(100 * 1024 * 1024),
    /** Largest compression ratio an archive entry may claim. */
    max_compression_ratio: z.number().positive().default(200),
    /** Archives and forwarded messages nested deeper than this are not opened. */
    max_depth: z.number().int().min(1).default(5),
    /** Entries one archive may hold. */
    max_archive_entries: z.number().int().positive().default(5000),
    /** Time one attachment may take to extract. */
    attachment_timeout_ms: z.number().int().positive().default(20000),
    /** OCR image-only PDF pages and image attachments (English; offline). */
    ocr: z.boolean().default(true),
    /** Images OCR'd per message at most: each costs about half a second. */
    ocr_max_images: z.number().int().min(0).default(8),
    /** Image attachments smaller than this are logos and icons, not scanned documents. */
    ocr_min_image_bytes: z.number().int().min(0).default(20 * 1024),
    /** Characters of text kept per extracted part; the rest is scanned no further. */
    max_text_chars: z.number().int().positive().default(20 * 1024 * 1024),
  })
  .strict();

export const configSchema = z
  .object({
    organisation: z
      .object({
        name: z.string().default('Mailward'),
        internal_domains: z.array(domain).default([]),
      })
      .strict()
      .default({ name: 'Mailward', internal_domains: [] }),
    /** Folder of rules and vocabularies; default: the shipped `rules/`. */
    rules_dir: z.string().optional(),
    limits: limitsSchema.default(limitsSchema.parse({})),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
export type Limits = z.infer<typeof limitsSchema>;
