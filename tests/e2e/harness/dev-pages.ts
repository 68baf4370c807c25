import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from './paths';
import type { PageServer } from './server';

/** Where the shared evaluation data lives (beside the repo), as scripts/lib/shared.mjs finds it. */
export const SHARED = path.resolve(process.env.PRESSMARK_SHARED ?? path.join(ROOT, '..', 'shared'));

/** The benchmark's dev pages folder, or null when ../shared is not there (CI may lack it). */
export function devPagesDir(): string | null {
  const dir = path.join(SHARED, 'data', 'articles', 'dev');
  return fs.existsSync(dir) ? dir : null;
}

/** Why dev-page checks are skipped, for the test report; null when they can run. */
export function devPagesSkipReason(): string | null {
  return devPagesDir() ? null : `${path.join(SHARED, 'data/articles/dev')} is missing: the benchmark-page checks are skipped (set PRESSMARK_SHARED to run them).`;
}

/** Ids of the dev pages, sorted; `sample` picks that many spread evenly over the list. */
export function devPageIds(sample?: number): string[] {
  const dir = devPagesDir();
  if (!dir) return [];
  const ids = fs
    .readdirSync(dir)
    .filter((id) => fs.existsSync(path.join(dir, id, 'page.html.gz')))
    .sort();
  if (!sample || sample >= ids.length) return ids;
  const step = ids.length / sample;
  return Array.from({ length: sample }, (_, i) => ids[Math.floor(i * step)]!);
}

// The pages were saved with scripts off: serve them that way, and keep the browser off the closed
// network (their images, fonts and styles point at the original sites).
const SAVED_PAGE_CSP = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-src 'none'; object-src 'none'";

/** Serves one dev page (gunzipped, never copied anywhere) at /dev/ID.html and returns its route. */
export function serveDevPage(server: PageServer, id: string): string {
  const dir = devPagesDir();
  if (!dir) throw new Error('no dev pages');
  const html = zlib.gunzipSync(fs.readFileSync(path.join(dir, id, 'page.html.gz')));
  const route = `/dev/${id}.html`;
  server.add(route, html, 'text/html; charset=utf-8', { 'content-security-policy': SAVED_PAGE_CSP });
  return route;
}
