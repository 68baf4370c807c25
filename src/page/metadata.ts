import { emptyMetadata, type Metadata } from '../core/annotations';

/** Reads publication metadata from JSON-LD, OpenGraph and meta tags. First version. */
export function readMetadata(doc: Document, url: string | null): Metadata {
  const m = emptyMetadata();
  const meta = (sel: string): string | null => doc.querySelector(sel)?.getAttribute('content')?.trim() || null;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const items = (Array.isArray(data) ? data : [data]) as Record<string, unknown>[];
    for (const item of items) {
      if (typeof item !== 'object' || !item) continue;
      if (typeof item.headline === 'string' && !m.headline) {
        m.headline = item.headline;
        m.provenance.headline = 'json-ld';
      }
      const pub = item.publisher as { name?: unknown } | undefined;
      if (pub && typeof pub.name === 'string' && !m.publisher) {
        m.publisher = pub.name;
        m.provenance.publisher = 'json-ld';
      }
    }
  }
  if (!m.headline) {
    m.headline = meta('meta[property="og:title"]') ?? (doc.querySelector('h1')?.textContent?.trim() || doc.title || null);
    if (m.headline) m.provenance.headline = 'opengraph';
  }
  if (!m.publisher) m.publisher = meta('meta[property="og:site_name"]');
  m.canonicalUrl = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? url;
  m.language = doc.documentElement?.getAttribute('lang') || null;
  return m;
}
