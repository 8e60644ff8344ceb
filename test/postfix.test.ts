// A real Postfix (Debian's package, installed by .ci/run) relaying through
// Mailward as an after-queue content filter, all on loopback: an allowed message
// reaches the sink through Mailward and Postfix's re-injection port; a blocked
// one bounces to its sender with Mailward's reason.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { configSchema } from '../src/config/schema';
import { startGateway, type RunningGateway } from '../src/smtp/runtime';
import { buildMail } from './helpers/mail';
import { send, startSink, type Sink } from './helpers/smtp';

const havePostfix = spawnSync('sh', ['-c', 'command -v postfix']).status === 0 && process.getuid?.() === 0;
if (!havePostfix && process.env.CI) throw new Error('CI must have Postfix installed and run as root (.ci/run installs it)');
const describeIfPostfix = havePostfix ? describe : describe.skip;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function until(check: () => boolean, flush: () => void): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) {
    flush();
    await new Promise((r) => setTimeout(r, 200));
  }
}

describeIfPostfix('Postfix relaying through Mailward', () => {
  const FROM = 'p.raman@oakfield.example';
  let dir: string;
  let sink: Sink;
  let gateway: RunningGateway;
  let postfixPort: number;
  const postfix = (...args: string[]) => execFileSync('postfix', ['-c', dir, ...args], { stdio: 'ignore' });
  const flush = () => spawnSync('postqueue', ['-c', dir, '-f'], { stdio: 'ignore' });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailward-postfix-'));
    fs.chmodSync(dir, 0o755); // Postfix's own user must reach its queue
    sink = await startSink();
    const reinject = await freePort();
    postfixPort = await freePort();
    gateway = await startGateway(
      configSchema.parse({
        organisation: { internal_domains: ['oakfield.example'] }, data_dir: path.join(dir, 'mailward'), admin_listen: '127.0.0.1:0', limits: { ocr: false },
        smtp: { listen: '127.0.0.1:0', next_hop: `127.0.0.1:${reinject}` },
      }),
      { env: {} },
    );
    for (const sub of ['queue', 'data']) fs.mkdirSync(path.join(dir, sub));
    execFileSync('chown', ['postfix', path.join(dir, 'data')]);
    fs.writeFileSync(path.join(dir, 'main.cf'), [
      `queue_directory = ${dir}/queue`, `data_directory = ${dir}/data`, 'command_directory = /usr/sbin', 'daemon_directory = /usr/lib/postfix/sbin',
      'mail_owner = postfix', 'setgid_group = postdrop', 'inet_interfaces = 127.0.0.1', 'inet_protocols = ipv4',
      'myhostname = pf.oakfield.example', 'mydomain = oakfield.example', 'myorigin = oakfield.example', 'mydestination =',
      'mynetworks = 127.0.0.0/8', `relayhost = [127.0.0.1]:${sink.port}`, `content_filter = smtp:[127.0.0.1]:${gateway.address.port}`,
      // Logging to a file needs Postfix's postlogd, which only the running master starts.
      'compatibility_level = 3.6', 'maillog_file = /dev/stdout', 'smtp_tls_security_level = none', 'alias_maps =', 'alias_database =',
      'bounce_queue_lifetime = 0', 'maximal_queue_lifetime = 1d',
    ].join('\n') + '\n');
    // Debian's master.cf, without chroot (the queue is not in /var/spool), on our ports, plus the re-injection port.
    const master = fs.readFileSync('/etc/postfix/master.cf', 'utf8').split('\n').map((line) => {
      const f = line.split(/\s+/);
      if (!/^[a-z0-9]/.test(line) || f.length < 8) return line;
      if (f[0] === 'smtp' && f[1] === 'inet') f[0] = `127.0.0.1:${postfixPort}`;
      f[4] = 'n';
      return f.join(' ');
    });
    master.push(
      `127.0.0.1:${reinject} inet n - n - - smtpd`,
      '  -o content_filter=',
      '  -o receive_override_options=no_unknown_recipient_checks,no_header_body_checks,no_milters',
      '  -o smtpd_recipient_restrictions=permit_mynetworks,reject',
      '  -o mynetworks=127.0.0.0/8',
    );
    fs.writeFileSync(path.join(dir, 'master.cf'), master.join('\n') + '\n');
    postfix('set-permissions');
    postfix('start');
  });

  afterAll(async () => {
    if (dir) spawnSync('postfix', ['-c', dir, 'stop'], { stdio: 'ignore' });
    await gateway?.close();
    await sink?.close();
  });

  it('passes allowed mail through Mailward to the next hop', async () => {
    const raw = await buildMail({ from: `Priya Raman <${FROM}>`, to: 'bookings@coaches.example', subject: 'Coach quote', text: 'Please quote for a 49-seat coach.' });
    expect(await send(postfixPort, { from: FROM, to: ['bookings@coaches.example'] }, raw)).toMatchObject({ ok: true });
    await until(() => sink.received.some((m) => m.to.includes('bookings@coaches.example')), flush);
    const delivered = sink.received.find((m) => m.to.includes('bookings@coaches.example'));
    expect(delivered?.raw.toString()).toContain('Please quote for a 49-seat coach.');
    expect((await gateway.store.searchDecisions({ action: 'allow' })).length).toBe(1);
  });

  it('bounces blocked mail to its sender with Mailward\'s reason', async () => {
    const raw = await buildMail({
      from: `Priya Raman <${FROM}>`, to: 'supplier@vendor.example', subject: 'Tool', text: 'Attached.',
      attachments: [{ filename: 'fix.vbs', content: 'WScript.Echo 1' }],
    });
    expect(await send(postfixPort, { from: FROM, to: ['supplier@vendor.example'] }, raw)).toMatchObject({ ok: true }); // Postfix queued it
    await until(() => sink.received.some((m) => m.to.includes(FROM) && m.from === ''), flush);
    const bounce = sink.received.find((m) => m.to.includes(FROM) && m.from === '');
    // Postfix folds the remote server's reply over several lines.
    expect(bounce?.raw.toString().replace(/=\r?\n/g, '').replace(/\s+/g, ' ')).toMatch(/said: 550 5\.7\.1 Executable or script attachments are not allowed/);
    expect(sink.received.some((m) => m.to.includes('supplier@vendor.example'))).toBe(false);
  });
});
