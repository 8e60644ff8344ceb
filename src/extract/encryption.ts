// Encrypted content is recognised, not scanned (rule D7): S/MIME, PGP, password-
// protected PDF and Office files. Password-protected ZIP entries are flagged by zip.ts.

const PGP_MESSAGE = /-----BEGIN PGP MESSAGE-----/;

export function hasInlinePgp(text: string): boolean {
  return PGP_MESSAGE.test(text);
}

/** multipart/encrypted (PGP/MIME) or application/pkcs7-mime enveloped data at the top of the message. */
export function isEncryptedContentType(contentType: string): boolean {
  const ct = contentType.toLowerCase();
  if (ct.startsWith('multipart/encrypted')) return true;
  if (/^application\/(x-)?pkcs7-mime/.test(ct)) return !/smime-type\s*=\s*"?(signed-data|certs-only)/.test(ct);
  return false;
}

/** A PDF whose trailer names an /Encrypt dictionary. */
export function pdfDeclaresEncryption(content: Buffer): boolean {
  return content.includes('/Encrypt');
}

/** An OLE compound file holding an "EncryptedPackage" stream: an encrypted OOXML file (Office's "Encrypt with password"). */
export function isEncryptedOfficeContainer(content: Buffer): boolean {
  return content.includes(Buffer.from('EncryptedPackage', 'utf16le')) || content.includes(Buffer.from('EncryptionInfo', 'utf16le'));
}
