// Executables and scripts, recognised by content and by name (R12, rule D1).
import { extensionOf } from './sniff';

const EXECUTABLE_EXTENSIONS = new Set([
  'exe', 'dll', 'com', 'scr', 'pif', 'cpl', 'msi', 'msp', 'msc', 'bat', 'cmd', 'vbs', 'vbe', 'js', 'jse', 'wsf',
  'wsh', 'ws', 'wsc', 'ps1', 'psm1', 'psd1', 'hta', 'jar', 'lnk', 'reg', 'sh', 'bash', 'app', 'apk', 'dmg',
  'gadget', 'inf', 'scf', 'sct', 'vb', 'elf', 'bin', 'run', 'xll', 'iso', 'img', 'appx', 'msix',
]);

export function hasExecutableName(name: string): boolean {
  return EXECUTABLE_EXTENSIONS.has(extensionOf(name));
}

/** Script content whatever the name: a shebang, or a Windows Script Host / VBScript / PowerShell opening. */
export function looksLikeScript(content: Buffer): boolean {
  const head = content.subarray(0, 512).toString('latin1').replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('#!')) return true;
  if (/^<(job|package)\b[^>]*>[\s\S]*<script\s+language\s*=\s*["']?(vbscript|jscript)/i.test(head)) return true;
  return /^(?:'[^\n]*\n\s*)*(?:option\s+explicit|set\s+\w+\s*=\s*(?:wscript\.)?createobject\s*\()/i.test(head);
}
