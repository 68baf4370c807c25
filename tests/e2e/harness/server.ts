import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

/** A static file server on 127.0.0.1 for the e2e pages; extra routes can be added in memory. */
export interface PageServer {
  origin: string;
  /** Serves `body` at `route` (e.g. "/generated/big.html"), with extra response headers if given. */
  add(route: string, body: string | Buffer, type?: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png' };

/** Starts a server for the files under `root` on a free port of 127.0.0.1. */
export async function startServer(root: string): Promise<PageServer> {
  const extra = new Map<string, { body: string | Buffer; type: string; headers?: Record<string, string> }>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = decodeURIComponent(url.pathname);
    const mem = extra.get(route);
    if (mem) {
      res.writeHead(200, { ...mem.headers, 'content-type': mem.type });
      res.end(mem.body);
      return;
    }
    const file = path.join(root, path.normalize(route).replace(/^([/\\])+/, ''));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    add(route, body, type = 'text/html; charset=utf-8', headers) {
      extra.set(route, { body, type, ...(headers ? { headers } : {}) });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
