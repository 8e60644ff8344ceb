// Edits to the header block of a message in transit: Mailward's own fields
// removed, To/Cc narrowed to one recipient, tags for an encryption relay. Only
// the header block is touched; the body stays byte for byte.

export interface HeaderBlock {
  /** Header lines, each with its line ending. */
  lines: string[];
  eol: string;
  /** Everything from the blank line on. */
  rest: Buffer;
}

/** Offset just past the header block's last line (the blank line stays with the body). */
function headerEnd(raw: Buffer): number {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf <= lf)) return crlf + 2;
  return lf >= 0 ? lf + 1 : raw.length;
}

export function splitHeader(raw: Buffer): HeaderBlock {
  const end = headerEnd(raw);
  const lines = raw.subarray(0, end).toString('latin1').split(/(?<=\n)/);
  return { lines, eol: lines[0]?.endsWith('\r\n') ? '\r\n' : '\n', rest: raw.subarray(end) };
}

export function joinHeader(lines: string[], rest: Buffer): Buffer {
  return Buffer.concat([Buffer.from(lines.join(''), 'latin1'), rest]);
}

/**
 * Drops the fields whose first line matches `field`, with their folded continuation
 * lines; `replace` may put one line in the place of a dropped field.
 */
export function dropFields(lines: string[], field: RegExp, replace: (line: string) => string | undefined = () => undefined): string[] {
  const kept: string[] = [];
  let dropping = false;
  for (const line of lines) {
    if (!/^[ \t]/.test(line)) {
      dropping = field.test(line);
      const replacement = dropping ? replace(line) : undefined;
      if (replacement !== undefined) kept.push(replacement);
    }
    if (!dropping) kept.push(line);
  }
  return kept;
}

const OWN_FIELD = /^x-mailward-/i;

/**
 * Mailward adds no headers to mail that leaves; copies of its own fields arriving
 * from upstream (X-Mailward-*) are removed, so nobody downstream reads a forged verdict.
 */
export function stripOwnHeaders(raw: Buffer): Buffer {
  const { lines, rest } = splitHeader(raw);
  if (!lines.some((l) => OWN_FIELD.test(l))) return raw;
  return joinHeader(dropFields(lines, OWN_FIELD), rest);
}

/** The same message with To: showing only `recipient` and no Cc: (a copy that exposes nobody else). */
export function addressedOnlyTo(raw: Buffer, recipient: string): Buffer {
  const { lines, eol, rest } = splitHeader(raw);
  const to = `To: <${recipient}>${eol}`;
  let placed = false;
  const kept = dropFields(lines, /^(to|cc):/i, (line) => {
    if (placed || !/^to:/i.test(line)) return undefined;
    placed = true;
    return to; // where the first To: was
  });
  return joinHeader(placed ? kept : [to, ...kept], rest);
}

/**
 * Marks a message for an encryption relay: adds a header field and/or puts a tag
 * at the start of the Subject (added when there is none).
 */
export function taggedForEncryption(raw: Buffer, tag: { header?: string; subjectTag?: string }): Buffer {
  const { lines, eol, rest } = splitHeader(raw);
  let out = lines;
  if (tag.subjectTag) {
    const i = lines.findIndex((l) => /^subject:/i.test(l));
    if (i >= 0) out = lines.map((l, j) => (j === i ? l.replace(/^subject:[ \t]*/i, (m) => `${m}${tag.subjectTag} `) : l));
    else out = [`Subject: ${tag.subjectTag}${eol}`, ...lines];
  }
  if (tag.header) out = [`${tag.header}${eol}`, ...out];
  return joinHeader(out, rest);
}
