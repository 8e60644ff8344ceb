// Masked samples: enough to recognise a value you already hold, never the value.

/** Keeps the first three and last two characters of an identifier; separators stay. */
export function maskIdentifier(value: string): string {
  const alnum = value.replace(/[^A-Za-z0-9]/g, '').length;
  const keepHead = alnum >= 9 ? 3 : 1;
  const keepTail = alnum >= 9 ? 2 : alnum >= 5 ? 1 : 0;
  let seen = 0;
  return value.replace(/[A-Za-z0-9]/g, (ch) => {
    seen++;
    return seen <= keepHead || seen > alnum - keepTail ? ch : '*';
  });
}

/** A term's first letter and its length: "d*******" for a diagnosis word. */
export function maskTerm(term: string): string {
  const letters = [...term];
  return letters.map((ch, i) => (i === 0 || /\s/.test(ch) ? ch : '*')).join('');
}

/** An e-mail address: first letter of the local part and the domain. */
export function maskEmail(address: string): string {
  const [local, domain] = address.split('@');
  return `${local.slice(0, 1)}***@${domain ?? ''}`;
}
