// Extraction of every format the gateway opens, from real MIME built in the test.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import CFB from 'cfb';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { limitsSchema } from '../config/schema';
import { buildMail, type TestAttachment } from '../../test/helpers/mail';
import { extractMessage } from './message';
import { labelOf } from './table';

const limits = limitsSchema.parse({ ocr: false });

async function extract(attachments: TestAttachment[], extra: { text?: string; html?: string } = {}) {
  return extractMessage(await buildMail({ text: extra.text ?? 'See attached.', html: extra.html, attachments }), limits);
}
const textOf = (m: Awaited<ReturnType<typeof extract>>, where: string) =>
  m.segments.filter((s) => s.where === where).map((s) => s.text).join('\n');

async function zipOf(files: Record<string, Buffer | string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const DOCX_TYPES = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const DOCX_RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const cell = (t: string) => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
const DOCX_DOC = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>Transition notes</w:t></w:r></w:p>
<w:tbl><w:tr>${cell('Name')}${cell('UPN')}</w:tr><w:tr>${cell('Hollie Ali')}${cell('Q873402112093')}</w:tr></w:tbl>
</w:body></w:document>`;

function docx(): Promise<Buffer> {
  return zipOf({ '[Content_Types].xml': DOCX_TYPES, '_rels/.rels': DOCX_RELS, 'word/document.xml': DOCX_DOC });
}

describe('extraction by format', () => {
  it('reads a DOCX table as labelled rows', async () => {
    const m = await extract([{ filename: 'notes.docx', content: await docx() }]);
    expect(textOf(m, 'attachment:notes.docx')).toContain('Name: Hollie Ali | UPN: Q873402112093');
  });

  it("reads a DOCX's page headers, footers, comments and SmartArt, which mammoth leaves out", async () => {
    const w = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const part = (root: string, t: string) => `<?xml version="1.0"?><w:${root} xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${w(t)}</w:${root}>`;
    const content = await zipOf({
      '[Content_Types].xml': DOCX_TYPES, '_rels/.rels': DOCX_RELS, 'word/document.xml': DOCX_DOC,
      'word/header1.xml': part('hdr', 'CONFIDENTIAL - child protection file: Harvey Cole'),
      'word/header2.xml': part('hdr', 'CONFIDENTIAL - child protection file: Harvey Cole'),
      'word/footer1.xml': part('ftr', 'NHS number 943 476 5919'),
      'word/comments.xml': `<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0">${w('Mum says he is on melatonin')}</w:comment></w:comments>`,
      'word/diagrams/data1.xml': '<dgm:dataModel xmlns:dgm="d" xmlns:a="a"><dgm:ptLst><dgm:pt><dgm:t><a:p><a:r><a:t>Team around the child: Harvey Cole</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>',
    });
    const text = textOf(await extract([{ filename: 'cp.docx', content }]), 'attachment:cp.docx');
    expect(text).toContain('Name: Hollie Ali | UPN: Q873402112093');
    expect(text).toContain('Mum says he is on melatonin');
    expect(text).toContain('Team around the child: Harvey Cole');
    expect(text).toContain('NHS number 943 476 5919');
    expect(text.match(/child protection file: Harvey Cole/g)).toHaveLength(1);
  });

  it('reads DOCX text boxes that have no VML fallback, and those that have one only once', async () => {
    const box = (t: string) => `<wps:txbx><w:txbxContent><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:txbxContent></wps:txbx>`;
    const drawing = (t: string) => `<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp>${box(t)}</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
    const vml = (t: string) => `<w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>`;
    const ns = ['w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"', 'mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
      'wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"', 'a="http://schemas.openxmlformats.org/drawingml/2006/main"',
      'wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"', 'v="urn:schemas-microsoft-com:vml"'].map((n) => `xmlns:${n}`).join(' ');
    const document = `<?xml version="1.0"?><w:document ${ns} mc:Ignorable="wps"><w:body>
<w:p><w:r><w:t>Transition notes</w:t></w:r></w:p>
<w:p><w:r>${drawing('Medical: Harvey Cole has epilepsy')}</w:r></w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">${drawing('Key worker: Mrs Carter')}</mc:Choice><mc:Fallback>${vml('Key worker: Mrs Carter')}</mc:Fallback></mc:AlternateContent></w:r></w:p>
</w:body></w:document>`;
    const content = await zipOf({ '[Content_Types].xml': DOCX_TYPES, '_rels/.rels': DOCX_RELS, 'word/document.xml': document });
    const text = textOf(await extract([{ filename: 'transition.docx', content }]), 'attachment:transition.docx');
    expect(text).toContain('Transition notes');
    expect(text).toContain('Medical: Harvey Cole has epilepsy');
    expect(text.match(/Key worker: Mrs Carter/g)).toHaveLength(1);
  });

  it("reads each attachment's name as words, since it goes out with the file, also of files inside an archive", async () => {
    const archive = await zipOf({ 'CP files/Callum_Reid-CP_chronology.docx': 'not really a document' });
    const m = await extract([{ filename: 'Harvey_Cole_EHCP.pdf', content: Buffer.from('%PDF-1.4 broken') }, { filename: 'files.zip', content: archive }]);
    expect(textOf(m, 'attachment:Harvey_Cole_EHCP.pdf')).toBe('Harvey Cole EHCP');
    expect(textOf(m, 'attachment:files.zip/CP files/Callum_Reid-CP_chronology.docx')).toBe('Callum Reid-CP chronology');
  });

  it('reads every sheet of an XLSX with its header row', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Pupils').addRows([['Name', 'UPN'], ['Hollie Ali', 'Q873402112093']]);
    wb.addWorksheet('Staff').addRows([['Name', 'NI number'], ['Janet Holroyd', 'MA329614A']]);
    const m = await extract([{ filename: 'export.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) }]);
    const text = textOf(m, 'attachment:export.xlsx');
    expect(text).toContain('Name: Hollie Ali | UPN: Q873402112093');
    expect(text).toContain('Name: Janet Holroyd | NI number: MA329614A');
  });

  it('reads the notes on XLSX cells in the row they are about, and header notes after the table', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Pupils');
    sheet.addRows([['Name', 'Year'], ['Hollie Ali', '9'], ['Ben Cole', '8']]);
    sheet.getCell('A2').note = 'Has epilepsy: buccal midazolam in the office';
    sheet.getCell('B1').note = { texts: [{ text: 'Year group in ' }, { text: 'September' }] } as never;
    const m = await extract([{ filename: 'export.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) }]);
    const text = textOf(m, 'attachment:export.xlsx');
    expect(text).toContain('Name: Hollie Ali [note: Has epilepsy: buccal midazolam in the office] | Year: 9');
    expect(text).toContain('Name: Ben Cole | Year: 8');
    expect(text).toContain('Note on Year: Year group in September');
  });

  it('sniffs the CSV delimiter and keeps leading zeros', async () => {
    const csv = 'Name;Sort code;Account\nJanet Holroyd;07-48-25;00123456\n';
    const m = await extract([{ filename: 'pay.csv', content: csv }]);
    expect(textOf(m, 'attachment:pay.csv')).toContain('Name: Janet Holroyd | Sort code: 07-48-25 | Account: 00123456');
  });

  it('reads RTF tables as rows', async () => {
    const rtf = '{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Calibri;}}\\f0 Group list\\par\n' +
      '\\trowd\\cellx1800\\cellx3600 \\intbl Name\\cell \\intbl Notes\\cell\\row\n' +
      '\\trowd\\cellx1800\\cellx3600 \\intbl Corey Hall\\cell \\intbl Asthma - inhaler\\cell\\row\n' +
      'Caf\\\'e9 \\u8364?5\\par}';
    const m = await extract([{ filename: 'list.rtf', content: rtf }]);
    const text = textOf(m, 'attachment:list.rtf');
    expect(text).toContain('Name: Corey Hall | Notes: Asthma - inhaler');
    expect(text).toContain('Café €5');
    expect(text).not.toContain('Calibri');
  });

  it('reads PPTX slides and ODT text', async () => {
    const slide = '<p:sld xmlns:p="p" xmlns:a="a"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>Pupil: Amy Jones</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>';
    const pptx = await zipOf({ '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p/>', 'ppt/slides/slide1.xml': slide });
    const odt = await zipOf({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text><text:p>Child: Ben Cole</text:p></office:text></office:body></office:document-content>' });
    const m = await extract([
      { filename: 'deck.pptx', content: pptx, contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
      { filename: 'letter.odt', content: odt },
    ]);
    expect(textOf(m, 'attachment:deck.pptx')).toContain('Pupil: Amy Jones');
    expect(textOf(m, 'attachment:letter.odt')).toContain('Child: Ben Cole');
  });

  it("reads an OpenDocument's page headers and footers, which are kept with its styles", async () => {
    const styles = `<office:document-styles xmlns:office="o" xmlns:style="s" xmlns:text="t"><office:styles><style:style style:name="Standard"><style:text-properties/></style:style></office:styles>
<office:master-styles><style:master-page style:name="Default"><style:header><text:p>CONFIDENTIAL: CP file, Harvey Cole</text:p></style:header><style:footer><text:p>Page <text:page-number>1</text:page-number></text:p></style:footer></style:master-page></office:master-styles></office:document-styles>`;
    const odt = await zipOf({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text><text:p>Chronology</text:p></office:text></office:body></office:document-content>', 'styles.xml': styles });
    const text = textOf(await extract([{ filename: 'file.odt', content: odt }]), 'attachment:file.odt');
    expect(text).toContain('Chronology');
    expect(text).toContain('CONFIDENTIAL: CP file, Harvey Cole');
    expect(text).toContain('Page 1');
    expect(text).not.toContain('Standard');
  });

  it("reads a PPTX's speaker notes beside their slide, its comments (classic and modern) and its SmartArt text", async () => {
    const text = (t: string) => `<a:p><a:r><a:t>${t}</a:t></a:r></a:p>`;
    const slide = (t: string) => `<p:sld xmlns:p="p" xmlns:a="a"><p:cSld><p:spTree><p:sp><p:txBody>${text(t)}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>`;
    const pptx = await zipOf({
      '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p/>',
      'ppt/slides/slide1.xml': slide('Slide one'), 'ppt/slides/slide2.xml': slide('Slide two'),
      'ppt/notesSlides/notesSlide1.xml': slide('Notes for one'),
      'ppt/comments/comment1.xml': '<p:cmLst xmlns:p="p"><p:cm authorId="0"><p:text>Ben Cole is on the CP register</p:text></p:cm><p:cm authorId="1"><p:text>Take his name off</p:text></p:cm></p:cmLst>',
      'ppt/comments/modernComment_101_4A2B.xml': `<p188:cmLst xmlns:p188="p188" xmlns:a="a"><p188:cm><p188:txBody>${text('Mum has terminal cancer')}</p188:txBody></p188:cm></p188:cmLst>`,
      'ppt/diagrams/data1.xml': `<dgm:dataModel xmlns:dgm="d" xmlns:a="a"><dgm:ptLst><dgm:pt><dgm:t>${text('DSL: Mrs Carter')}</dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>`,
    });
    const read = textOf(await extract([{ filename: 'deck.pptx', content: pptx }]), 'attachment:deck.pptx');
    expect(read.indexOf('Notes for one')).toBeGreaterThan(read.indexOf('Slide one'));
    expect(read.indexOf('Notes for one')).toBeLessThan(read.indexOf('Slide two'));
    expect(read).toMatch(/Ben Cole is on the CP register\n+Take his name off/);
    expect(read).toContain('Mum has terminal cancer');
    expect(read).toContain('DSL: Mrs Carter');
  });

  it('keeps HTML table rows of an HTML-only body', async () => {
    const m = await extractMessage(
      await buildMail({ html: '<p>List:</p><table><tr><th>Name</th><th>ULN</th></tr><tr><td>Ronan Jones</td><td>7434101414</td></tr></table>' }),
      limits,
    );
    expect(textOf(m, 'body')).toContain('Name: Ronan Jones | ULN: 7434101414');
  });

  it('reads an HTML-only body once, as its table rows, not also as run-together cells', async () => {
    const m = await extractMessage(
      await buildMail({ html: '<table><tr><th>Pupil</th><th>Medical</th></tr><tr><td>Amelia Hart</td><td>Asthma</td></tr></table>' }),
      limits,
    );
    expect(m.segments.filter((s) => s.where === 'body').map((s) => s.text)).toEqual(['Pupil | Medical\nPupil: Amelia Hart | Medical: Asthma']);
  });

  it('opens nested archives and forwarded messages, naming the path', async () => {
    const inner = await zipOf({ 'fsm.csv': 'Name,UPN\nHollie Ali,Q873402112093\n' });
    const outer = await zipOf({ 'inner.zip': inner });
    const forwarded = await buildMail({ subject: 'Original', text: 'Forwarded text about Ben Cole.' });
    const m = await extract([
      { filename: 'outer.zip', content: outer },
      { filename: 'fwd.eml', content: forwarded, contentType: 'message/rfc822', contentDisposition: 'attachment' },
    ]);
    expect(textOf(m, 'attachment:outer.zip/inner.zip/fsm.csv')).toContain('UPN: Q873402112093');
    expect(textOf(m, 'attachment:fwd.eml')).toContain('Forwarded text about Ben Cole.');
    // An inline forward is part of the body text; it is scanned there.
    const inline = await extract([{ filename: 'fwd.eml', content: forwarded, contentType: 'message/rfc822', contentDisposition: 'inline' }]);
    expect(inline.segments.some((s) => s.text.includes('Forwarded text about Ben Cole.'))).toBe(true);
  });
});

describe('executables, encryption and bad input', () => {
  it('recognises executables by content and by name, also inside archives', async () => {
    const pe = Buffer.alloc(1024);
    pe.write('MZ', 0, 'latin1');
    pe.writeUInt32LE(0x80, 0x3c);
    pe.write('PE\0\0', 0x80, 'latin1');
    const zip = await zipOf({ 'tools/setup.js': 'WScript.Echo("hi")' });
    const m = await extract([
      { filename: 'photo.jpg', content: pe, contentType: 'image/jpeg' },
      { filename: 'run.sh.txt', content: '#!/bin/sh\nrm -rf /\n' },
      { filename: 'tools.zip', content: zip },
    ]);
    const executables = m.attachments.filter((a) => a.executable).map((a) => a.name).sort();
    expect(executables).toEqual(['photo.jpg', 'run.sh.txt', 'setup.js']);
  });

  it('recognises a password-protected ZIP entry without opening it', async () => {
    const zip = await zipOf({ 'payroll.csv': 'Name,NI\nJanet Holroyd,MA329614A\n' });
    // Set the "encrypted" general-purpose flag in the local and central headers.
    zip.writeUInt16LE(zip.readUInt16LE(6) | 1, 6);
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt16LE(zip.readUInt16LE(central + 8) | 1, central + 8);
    const m = await extract([{ filename: 'pay.zip', content: zip }]);
    expect(m.attachments.find((a) => a.name === 'pay.zip')?.encrypted).toBe(true);
    expect(m.segments.some((s) => s.text.includes('MA329614A'))).toBe(false);
  });

  it('marks S/MIME enveloped data as encrypted', async () => {
    const m = await extract([{ filename: 'smime.p7m', content: Buffer.from([0x30, 0x82, 0x01, 0x00]), contentType: 'application/pkcs7-mime; smime-type=enveloped-data' }]);
    expect(m.attachments[0].encrypted).toBe(true);
  });

  it('reports corrupt PDF, DOCX and XLSX as unscannable, never clean', async () => {
    const truncatedDocx = (await docx()).subarray(0, 300);
    const m = await extract([
      { filename: 'minutes.pdf', content: '%PDF-1.7\n1 0 obj\n<< /Type /Catalog' },
      { filename: 'reference.docx', content: truncatedDocx },
      { filename: 'book.xlsx', content: Buffer.from('PK\x03\x04 not really a workbook') },
    ]);
    expect(m.attachments.map((a) => Boolean(a.unscannable))).toEqual([true, true, true]);
  });

  it('stops a zip bomb at the ratio limit', async () => {
    const zip = await zipOf({ 'db.bak': Buffer.alloc(8 * 1024 * 1024) });
    const m = await extract([{ filename: 'backup.zip', content: zip }]);
    expect(m.attachments[0].unscannable).toMatch(/compression ratio/);
  });

  it('stops archives nested past the depth limit', async () => {
    let zip = await zipOf({ 'note.txt': 'deep' });
    for (let i = 0; i < limits.max_depth + 1; i++) zip = await zipOf({ [`level${i}.zip`]: zip });
    const m = await extract([{ filename: 'deep.zip', content: zip }]);
    expect(m.attachments.some((a) => /nested deeper/.test(a.unscannable ?? ''))).toBe(true);
  });

  it('decodes a Windows-1252 quoted-printable body', async () => {
    const raw = Buffer.from(
      'From: a@oakfield.example\r\nTo: b@partner.example\r\nSubject: t\r\nMIME-Version: 1.0\r\n' +
      'Content-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nZo=EB said =93hello=94\r\n',
    );
    const m = await extractMessage(raw, limits);
    expect(textOf(m, 'body')).toContain('Zoë said “hello”');
  });
});

describe('text limits', () => {
  it('records text past max_text_chars as unscannable, not clean', async () => {
    const small = limitsSchema.parse({ ocr: false, max_text_chars: 1000 });
    const m = await extractMessage(await buildMail({ text: 'x'.repeat(5000), attachments: [{ filename: 'a.txt', content: 'y'.repeat(5000) }] }), small);
    expect(m.attachments.filter((a) => a.unscannable).map((a) => a.where)).toEqual(['body', 'attachment:a.txt']);
    expect(m.segments.every((s) => s.text.length <= 1000)).toBe(true);
  });
});

describe('MIME details', () => {
  it('decodes RFC 2231 and RFC 2047 attachment names', async () => {
    const raw = Buffer.from([
      'From: a@oakfield.example', 'To: b@partner.example', 'Subject: =?UTF-8?B?U0VOIHJldmlldyDigJMgWm/DqyBIYXJ0bGV5?=', 'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"', '', '--b1', 'Content-Type: text/plain', '', 'See attached.', '--b1',
      "Content-Type: text/plain; name*=UTF-8''R%C3%A9sum%C3%A9%20Zo%C3%AB.txt",
      "Content-Disposition: attachment; filename*=UTF-8''R%C3%A9sum%C3%A9%20Zo%C3%AB.txt", '', 'UPN A873402110070', '--b1',
      'Content-Type: text/plain; name="=?UTF-8?Q?Bj=C3=B6rk_notes.txt?="', 'Content-Disposition: attachment; filename="=?UTF-8?Q?Bj=C3=B6rk_notes.txt?="', '',
      'notes', '--b1--', '',
    ].join('\r\n'));
    const m = await extractMessage(raw, limits);
    expect(m.subject).toBe('SEN review – Zoë Hartley');
    expect(m.attachments.map((a) => a.name)).toEqual(['Résumé Zoë.txt', 'Björk notes.txt']);
  });

  it('recognises PGP/MIME and inline PGP as encrypted', async () => {
    const pgpMime = Buffer.from([
      'From: a@oakfield.example', 'To: b@partner.example', 'Subject: x', 'MIME-Version: 1.0',
      'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="b2"', '',
      '--b2', 'Content-Type: application/pgp-encrypted', '', 'Version: 1', '--b2',
      'Content-Type: application/octet-stream; name="encrypted.asc"', '', '-----BEGIN PGP MESSAGE-----', 'hQEMA1234', '-----END PGP MESSAGE-----', '--b2--', '',
    ].join('\r\n'));
    expect((await extractMessage(pgpMime, limits)).encryptedBody).toBe(true);
    const inline = await buildMail({ text: '-----BEGIN PGP MESSAGE-----\nhQEMA1234\n-----END PGP MESSAGE-----\n' });
    expect((await extractMessage(inline, limits)).encryptedBody).toBe(true);
  });
});

describe('unscannable reasons', () => {
  it('never repeat document content from a parser error', async () => {
    const { shortReason } = await import('./message');
    expect(shortReason(new Error('Unexpected token "Amelia Hart NHS 9434765919" at line 3\nmore'))).toBe('Unexpected token [quoted text] at line 3');
    expect(shortReason(new Error('bad value 9434765919 in cell'))).toBe('bad value [number] in cell');
  });
});

describe('legacy Word documents (.doc)', () => {
  const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'test', 'fixtures', 'pupil-note.doc'));
  /** The same document with one FIB flag set (fEncrypted or fObfuscated), written back with cfb. */
  const withFibFlag = (flag: number): Buffer => {
    const container = CFB.read(doc, { type: 'buffer' });
    const stream = CFB.find(container, 'WordDocument')!;
    const fib = Buffer.from(stream.content as Uint8Array);
    fib.writeUInt16LE(fib.readUInt16LE(0x0a) | flag, 0x0a);
    stream.content = fib;
    return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
  };

  it('reads the body and its table rows, whatever the file is called', async () => {
    const m = await extract([{ filename: 'medical-note', content: doc, contentType: 'application/octet-stream' }]);
    const text = textOf(m, 'attachment:medical-note');
    expect(text).toContain('Harvey has epilepsy');
    expect(text).toMatch(/Harvey Cole\t943 476 5919/);
    expect(m.attachments[0].unscannable).toBeUndefined();
  });

  it('marks an encrypted or obfuscated document as encrypted, and reads nothing from it', async () => {
    for (const flag of [0x0100, 0x8000]) {
      const m = await extract([{ filename: 'note.doc', content: withFibFlag(flag) }]);
      expect(m.attachments[0].encrypted).toBe(true);
      expect(textOf(m, 'attachment:note.doc')).toBe('note'); // its name only
    }
  });

  it('survives a document whose corrupt header once aborted the whole process', async () => {
    const corrupt = fs.readFileSync(path.join(__dirname, '..', '..', 'test', 'fixtures', 'corrupt-header.doc'));
    const m = await extract([{ filename: 'note.doc', content: corrupt }]);
    expect(m.attachments[0].kind).toBe('ole');
  });

  it('leaves a damaged document, workbook or presentation unscannable, and an OLE file of another kind', async () => {
    const ole = (stream: string, content: Buffer): Buffer => {
      const container = CFB.utils.cfb_new();
      CFB.utils.cfb_add(container, stream, content);
      return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
    };
    const m = await extract([
      { filename: 'damaged.doc', content: doc.subarray(0, 2048) },
      { filename: 'register.xls', content: ole('Workbook', Buffer.alloc(512, 1)) },
      { filename: 'slides.ppt', content: ole('PowerPoint Document', Buffer.alloc(512, 1)) },
      { filename: 'drawing.vsd', content: ole('VisioDocument', Buffer.alloc(512, 1)), contentType: 'application/octet-stream' },
    ]);
    expect(m.attachments.map((a) => Boolean(a.unscannable))).toEqual([true, true, true, true]);
    expect(m.attachments[3].unscannable).toMatch(/neither a Word, Excel or PowerPoint document/);
    expect(m.attachments.some((a) => a.encrypted)).toBe(false);
  });
});

describe('legacy PowerPoint presentations (.ppt)', () => {
  const ppt = fs.readFileSync(path.join(__dirname, '..', '..', 'test', 'fixtures', 'pupil-slides.ppt'));
  const container = () => CFB.read(ppt, { type: 'buffer' });
  const written = (c: CFB.CFB$Container) => Buffer.from(CFB.write(c, { type: 'buffer' }) as Uint8Array);
  /** The presentation with its stream changed, written back with cfb. */
  const withStream = (change: (records: Buffer) => Buffer): Buffer => {
    const c = container();
    const stream = CFB.find(c, 'PowerPoint Document')!;
    stream.content = change(Buffer.from(stream.content as Uint8Array));
    stream.size = stream.content.length;
    return written(c);
  };

  it('reads the text of slides, text boxes, tables and speaker notes', async () => {
    const m = await extract([{ filename: 'meeting.ppt', content: ppt }]);
    const text = textOf(m, 'attachment:meeting.ppt');
    expect(text).toContain('Harvey Cole has epilepsy and carries buccal midazolam.');
    expect(text).toContain('Zoë Nowak – Year 9');
    expect(text).toMatch(/Hollie Ali\s+Q873402112093/);
    expect(text).toContain('Speaker note: NHS number 943 476 5919');
    expect(m.attachments[0].unscannable).toBeUndefined();
  });

  it('marks an encrypted presentation as encrypted, by its encrypted summary or its crypt session record', async () => {
    const summary = container();
    CFB.utils.cfb_add(summary, 'EncryptedSummary', Buffer.alloc(64));
    // A CryptSession10Container (record type 0x2F14) at the start of the stream, as PowerPoint writes it before the encrypted records.
    const session = withStream((records) => Buffer.concat([Buffer.from([0x0f, 0x00, 0x14, 0x2f, 0x00, 0x00, 0x00, 0x00]), records]));
    for (const content of [written(summary), session]) {
      const m = await extract([{ filename: 'slides.ppt', content }]);
      expect(m.attachments[0].encrypted).toBe(true);
      expect(textOf(m, 'attachment:slides.ppt')).toBe('slides'); // its name only
    }
  });

  it('calls a truncated or absurdly nested presentation unscannable, never clean', async () => {
    const truncated = withStream((records) => records.subarray(0, records.length - 100));
    const nested = withStream(() => Buffer.concat(Array.from({ length: 100 }, (_, i) => {
      const header = Buffer.from([0x0f, 0x00, 0xe8, 0x03, 0, 0, 0, 0]);
      header.writeUInt32LE((99 - i) * 8, 4);
      return header;
    })));
    const m = await extract([{ filename: 'a.ppt', content: truncated }, { filename: 'b.ppt', content: nested }]);
    expect(m.attachments[0].unscannable).toMatch(/truncated PowerPoint record/);
    expect(m.attachments[1].unscannable).toMatch(/nested deeper/);
  });
});

describe('legacy Excel workbooks (.xls)', () => {
  /** A workbook written by SheetJS in a BIFF version, with a note on one cell. */
  const xls = (bookType: 'biff8' | 'biff5'): Buffer => {
    const sheet = XLSX.utils.aoa_to_sheet([['Name', 'NHS number', 'Medical'], ['Harvey Cole', 9434765919, 'Epilepsy'], ['Ben Ali', '485 777 3456', '']]);
    if (bookType === 'biff8') sheet.A2.c = [{ a: 'Office', t: 'Care plan in the medical room' }];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Medical');
    return XLSX.write(book, { type: 'buffer', bookType }) as Buffer;
  };
  /** A BIFF8 workbook with a FILEPASS record after its BOF: Excel's "password to open" (XOR obfuscation). */
  const withFilePass = (): Buffer => {
    const container = CFB.read(xls('biff8'), { type: 'buffer' });
    const stream = CFB.find(container, 'Workbook')!;
    const records = Buffer.from(stream.content as Uint8Array);
    const afterBof = 4 + records.readUInt16LE(2);
    const filePass = Buffer.from([0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x34, 0x12, 0x78, 0x56]);
    stream.content = Buffer.concat([records.subarray(0, afterBof), filePass, records.subarray(afterBof)]);
    stream.size = stream.content.length;
    return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
  };

  it('reads every row under its header, numbers as Excel shows them, with the notes on cells', async () => {
    const m = await extract([{ filename: 'medical.xls', content: xls('biff8') }]);
    const text = textOf(m, 'attachment:medical.xls');
    expect(text).toContain('Sheet: Medical');
    expect(text).toContain('Name: Harvey Cole [note: Care plan in the medical room] | NHS number: 9434765919 | Medical: Epilepsy');
    expect(text).toContain('Name: Ben Ali | NHS number: 485 777 3456');
    expect(m.attachments[0]).toMatchObject({ kind: 'ole' });
    expect(m.attachments[0].unscannable).toBeUndefined();
  });

  it('reads Excel 5.0 workbooks too, whatever the file is called', async () => {
    const m = await extract([{ filename: 'export', content: xls('biff5'), contentType: 'application/octet-stream' }]);
    expect(textOf(m, 'attachment:export')).toContain('Name: Harvey Cole | NHS number: 9434765919');
  });

  it('calls a damaged workbook that sends SheetJS into an endless loop unscannable at the time limit, and goes on', async () => {
    const looping = fs.readFileSync(path.join(__dirname, '..', '..', 'test', 'fixtures', 'looping-formula.xls'));
    const raw = await buildMail({ text: 'See attached.', attachments: [{ filename: 'a.xls', content: looping }, { filename: 'b.xls', content: xls('biff8') }] });
    const m = await extractMessage(raw, limitsSchema.parse({ ocr: false, attachment_timeout_ms: 1000 }));
    expect(m.attachments[0].unscannable).toMatch(/took longer than 1000 ms/);
    expect(textOf(m, 'attachment:b.xls')).toContain('Name: Harvey Cole');
  });

  it('marks a workbook with a password to open as encrypted, and reads nothing from it', async () => {
    const m = await extract([{ filename: 'medical.xls', content: withFilePass() }]);
    expect(m.attachments[0].encrypted).toBe(true);
    expect(m.attachments[0].unscannable).toBeUndefined();
    expect(textOf(m, 'attachment:medical.xls')).toBe('medical'); // its name only
  });
});

describe('Outlook messages attached as .msg', () => {
  const utf16 = (s: string) => Buffer.from(s, 'utf16le');
  /** A minimal MAPI message store, as Outlook writes one: subject and body streams, attachments in storages. */
  function outlookMessage(subject: string, body: string, attachments: { name: string; content?: Buffer; embedded?: { subject: string; body: string } }[] = []): Buffer {
    const msg = CFB.utils.cfb_new();
    CFB.utils.cfb_add(msg, '__properties_version1.0', Buffer.alloc(32));
    CFB.utils.cfb_add(msg, '__substg1.0_0037001F', utf16(subject));
    CFB.utils.cfb_add(msg, '__substg1.0_1000001F', utf16(body));
    attachments.forEach((attachment, i) => {
      const dir = `__attach_version1.0_#${String(i).padStart(8, '0')}`;
      CFB.utils.cfb_add(msg, `${dir}/__properties_version1.0`, Buffer.alloc(8));
      CFB.utils.cfb_add(msg, `${dir}/__substg1.0_3707001F`, utf16(attachment.name));
      if (attachment.content) CFB.utils.cfb_add(msg, `${dir}/__substg1.0_37010102`, attachment.content);
      if (attachment.embedded) {
        CFB.utils.cfb_add(msg, `${dir}/__substg1.0_3701000D/__properties_version1.0`, Buffer.alloc(24));
        CFB.utils.cfb_add(msg, `${dir}/__substg1.0_3701000D/__substg1.0_0037001F`, utf16(attachment.embedded.subject));
        CFB.utils.cfb_add(msg, `${dir}/__substg1.0_3701000D/__substg1.0_1000001F`, utf16(attachment.embedded.body));
      }
    });
    return Buffer.from(CFB.write(msg, { type: 'buffer' }) as Uint8Array);
  }

  it('reads the subject, the body and each attachment, as for a forwarded .eml', async () => {
    const msg = outlookMessage('Harvey - medical', 'Harvey Cole has epilepsy.', [{ name: 'plan.txt', content: Buffer.from('Care plan: NHS number 943 476 5919') }]);
    const m = await extract([{ filename: 'Harvey.msg', content: msg }]);
    expect(textOf(m, 'attachment:Harvey.msg')).toContain('Harvey Cole has epilepsy.');
    expect(textOf(m, 'attachment:Harvey.msg')).toContain('Harvey - medical');
    expect(textOf(m, 'attachment:Harvey.msg/plan.txt')).toContain('943 476 5919');
    expect(m.attachments.find((a) => a.name === 'Harvey.msg')?.unscannable).toBeUndefined();
  });

  it('opens a message embedded in a message, and an executable inside one is still an executable', async () => {
    const msg = outlookMessage('Fwd: Harvey', 'See below.', [
      { name: 'Original.msg', embedded: { subject: 'Harvey - medical', body: 'Harvey Cole has epilepsy.' } },
      { name: 'update.exe', content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]) },
    ]);
    const m = await extract([{ filename: 'Fwd.msg', content: msg }]);
    expect(textOf(m, 'attachment:Fwd.msg/Original.msg')).toContain('Harvey Cole has epilepsy.');
    expect(m.attachments.find((a) => a.name === 'update.exe')?.executable).toBe(true);
  });

  it('stops at the entry limit, as for an archive', async () => {
    const many = outlookMessage('a', 'b', Array.from({ length: 4 }, (_, i) => ({ name: `f${i}.txt`, content: Buffer.from('x') })));
    const m = await extractMessage(await buildMail({ text: 'x', attachments: [{ filename: 'Many.msg', content: many }] }), limitsSchema.parse({ ocr: false, max_archive_entries: 3 }));
    expect(m.attachments.find((a) => a.name === 'Many.msg')?.unscannable).toMatch(/4 attachments, over the 3 limit/);
  });

  it('stops at the nesting limit', async () => {
    const deep = await extractMessage(await buildMail({ text: 'x', attachments: [{ filename: 'Fwd.msg', content: outlookMessage('a', 'b', [{ name: 'In.msg', embedded: { subject: 'c', body: 'd' } }]) }] }), limitsSchema.parse({ ocr: false, max_depth: 1 }));
    expect(deep.attachments.find((a) => a.name === 'In.msg')?.unscannable).toMatch(/nested deeper/);
  });
});

describe('archives Mailward cannot open', () => {
  it('are unscannable, never clean: 7z, RAR, gzip and Outlook winmail.dat', async () => {
    const m = await extract([
      { filename: 'pupils.7z', content: Buffer.concat([Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04]), Buffer.alloc(64)]) },
      { filename: 'pupils.rar', content: Buffer.concat([Buffer.from('Rar!\x1a\x07\x01\x00', 'latin1'), Buffer.alloc(64)]) },
      { filename: 'pupils.csv.gz', content: zlib.gzipSync('Name,UPN\nHollie Ali,Q873402112093\n') },
      { filename: 'winmail.dat', content: Buffer.concat([Buffer.from([0x78, 0x9f, 0x3e, 0x22]), Buffer.alloc(64)]), contentType: 'application/ms-tnef' },
    ]);
    expect(m.attachments.map((a) => [a.name, a.kind])).toEqual([
      ['pupils.7z', 'unopened-archive'], ['pupils.rar', 'unopened-archive'], ['pupils.csv.gz', 'unopened-archive'], ['winmail.dat', 'unopened-archive'],
    ]);
    for (const a of m.attachments) expect(a.unscannable).toMatch(/archive Mailward cannot open/);
  });

  it('while other binary data that holds no text stays clean', async () => {
    const m = await extract([{ filename: 'sensor.dat', content: Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 37) % 256)) }]);
    expect(m.attachments[0]).toMatchObject({ kind: 'binary' });
    expect(m.attachments[0].unscannable).toBeUndefined();
  });
});

describe('database-style column headers', () => {
  it('label cells as words: NHS_Number, SortCode, sen.status', async () => {
    expect(labelOf('NHS_Number')).toBe('NHS Number');
    expect(labelOf('SortCode')).toBe('Sort Code');
    expect(labelOf('SENStatus')).toBe('SEN Status');
    // School-data acronyms in lower case are the acronym, as detection reads it
    expect(labelOf('sen.status')).toBe('SEN status');
    expect(labelOf('fsm_eligible')).toBe('FSM eligible');
    expect(labelOf('send_transport')).toBe('SEND transport');
    const m = await extract([{ filename: 'export.csv', content: 'Forename,NHS_Number,SEN_Status\nAmy,9434765919,K\n' }]);
    expect(textOf(m, 'attachment:export.csv')).toContain('NHS Number: 9434765919 | SEN Status: K');
  });
});
