// Mailward adds no headers to mail that leaves. Copies of its own header fields
// arriving from upstream (X-Mailward-*) are removed, so nobody downstream can
// read a forged verdict. Only the header block is touched; the body is byte for byte.

const OWN_FIELD = /^x-mailward-/i;

export function stripOwnHeaders(raw: Buffer): Buffer {
  const end = headerEnd(raw);
  const head = raw.subarray(0, end).toString('latin1');
  if (!/^x-mailward-/im.test(head)) return raw;
  const lines = head.split(/(?<=\n)/);
  const kept: string[] = [];
  let dropping = false;
  for (const line of lines) {
    const continuation = /^[ \t]/.test(line);
    if (!continuation) dropping = OWN_FIELD.test(line);
    if (!dropping) kept.push(line);
  }
  return Buffer.concat([Buffer.from(kept.join(''), 'latin1'), raw.subarray(end)]);
}

/** Offset just past the header block's last line (the blank line stays with the body). */
function headerEnd(raw: Buffer): number {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf <= lf)) return crlf + 2;
  return lf >= 0 ? lf + 1 : raw.length;
}

const ADDRESS_FIELDS = /^(to|cc):/i;

/** The same message with To: showing only `recipient` and no Cc: (a copy that exposes nobody else). */
export function addressedOnlyTo(raw: Buffer, recipient: string): Buffer {
  const end = headerEnd(raw);
  const lines = raw.subarray(0, end).toString('latin1').split(/(?<=\n)/);
  const eol = lines[0]?.endsWith('\r\n') ? '\r\n' : '\n';
  const kept: string[] = [];
  let dropping = false;
  let placed = false;
  for (const line of lines) {
    const continuation = /^[ \t]/.test(line);
    if (!continuation) dropping = ADDRESS_FIELDS.test(line);
    if (!dropping) kept.push(line);
    else if (!continuation && !placed && /^to:/i.test(line)) {
      kept.push(`To: <${recipient}>${eol}`);
      placed = true;
    }
  }
  if (!placed) kept.unshift(`To: <${recipient}>${eol}`);
  return Buffer.concat([Buffer.from(kept.join(''), 'latin1'), raw.subarray(end)]);
}

/**
 * Marks a message for an encryption relay: adds a header field and/or puts a tag
 * at the start of the Subject (added when there is none). The body is untouched.
 */
export function taggedForEncryption(raw: Buffer, tag: { header?: string; subjectTag?: string }): Buffer {
  const end = headerEnd(raw);
  const lines = raw.subarray(0, end).toString('latin1').split(/(?<=\n)/);
  const eol = lines[0]?.endsWith('\r\n') ? '\r\n' : '\n';
  let out = lines;
  if (tag.subjectTag) {
    const i = lines.findIndex((l) => /^subject:/i.test(l));
    if (i >= 0) out = lines.map((l, j) => (j === i ? l.replace(/^subject:[ \t]*/i, (m) => `${m}${tag.subjectTag} `) : l));
    else out = [`Subject: ${tag.subjectTag}${eol}`, ...lines];
  }
  if (tag.header) out = [`${tag.header}${eol}`, ...out];
  return Buffer.concat([Buffer.from(out.join(''), 'latin1'), raw.subarray(end)]);
}
