// The admin port: /healthz (the process answers), /readyz (the listener is up
// and the store answers), /metrics (Prometheus). Bound to loopback by default.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Metrics } from './metrics';

export interface AdminServer {
  address: { host: string; port: number };
  close(): Promise<void>;
}

export async function startAdmin(host: string, port: number, metrics: Metrics, ready: () => Promise<boolean>): Promise<AdminServer> {
  const server = http.createServer((req, res) => {
    const send = (status: number, body: string, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (req.method !== 'GET') return send(405, 'method not allowed\n');
    const url = (req.url ?? '').split('?')[0];
    if (url === '/healthz') return send(200, 'ok\n');
    if (url === '/readyz') {
      ready().then(
        (ok) => send(ok ? 200 : 503, ok ? 'ready\n' : 'not ready\n'),
        () => send(503, 'not ready\n'),
      );
      return;
    }
    if (url === '/metrics') {
      metrics.registry.metrics().then((body) => send(200, body, metrics.registry.contentType), () => send(500, 'metrics unavailable\n'));
      return;
    }
    return send(404, 'not found\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = server.address() as AddressInfo;
  return {
    address: { host: bound.address, port: bound.port },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
