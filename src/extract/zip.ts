// Reads ZIP containers (archives and the Office/OpenDocument formats built on them)
// with yauzl, checking entry count, sizes and ratios before inflating anything.
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { Limits } from '../config/schema';
import { ExpansionBudget, LimitExceeded, checkRatio } from './limits';

export interface ZipEntryContent {
  name: string;
  encrypted: boolean;
  /** Null for encrypted entries, which are recognised but never opened. */
  content: Buffer | null;
}

/** An entry's content as UTF-8 text (the XML of an Office or OpenDocument part); '' for an encrypted entry. */
export const entryText = (entry: ZipEntryContent): string => entry.content?.toString('utf8') ?? '';

function openZip(content: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(content, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) =>
      err || !zip ? reject(err ?? new Error('unreadable ZIP')) : resolve(zip),
    );
  });
}

function readEntry(zip: ZipFile, entry: Entry, declared: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('unreadable ZIP entry'));
      const chunks: Buffer[] = [];
      let total = 0;
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        // yauzl validates sizes too, but stop early rather than buffer a lie.
        if (total > declared) stream.destroy(new LimitExceeded('ZIP entry is larger than it declares'));
        else chunks.push(chunk);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

/**
 * Reads the entries `wanted` selects (all files by default). Limits are checked
 * against the central directory for every entry, wanted or not.
 */
export async function readZip(
  content: Buffer,
  limits: Limits,
  budget: ExpansionBudget,
  wanted: (name: string) => boolean = () => true,
): Promise<ZipEntryContent[]> {
  const zip = await openZip(content);
  if (zip.entryCount > limits.max_archive_entries) {
    zip.close();
    throw new LimitExceeded(`archive holds ${zip.entryCount} entries, over the ${limits.max_archive_entries} limit`);
  }
  const out: ZipEntryContent[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: Entry) => {
        void (async () => {
          if (entry.fileName.endsWith('/')) return;
          checkRatio(entry.uncompressedSize, entry.compressedSize, limits);
          if (entry.isEncrypted()) {
            if (wanted(entry.fileName)) out.push({ name: entry.fileName, encrypted: true, content: null });
            return;
          }
          // Counted whether read here or not: Office extractors inflate the rest themselves.
          budget.take(entry.uncompressedSize);
          if (!wanted(entry.fileName)) return;
          out.push({ name: entry.fileName, encrypted: false, content: await readEntry(zip, entry, entry.uncompressedSize) });
        })().then(() => zip.readEntry(), reject);
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return out;
}
