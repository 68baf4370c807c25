import type { Annotations } from '../core/annotations';
import { annotationsToMarkdown } from '../core/report/markdown';

/** A file the popup offers for download. */
export interface ExportFile {
  name: string;
  type: string;
  content: string;
}

/** A file-name stem from the headline: lower-case ASCII words joined by dashes, at most 60 characters. */
export function fileStem(a: Annotations): string {
  const title = a.metadata.headline ?? a.article.title ?? '';
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `pressmark-${slug || 'article'}`;
}

/** The annotations as a Markdown report. */
export function markdownExport(a: Annotations): ExportFile {
  return { name: `${fileStem(a)}.md`, type: 'text/markdown;charset=utf-8', content: annotationsToMarkdown(a) };
}

/** The annotations as JSON, exactly the Annotations value (readable back with isAnnotations). */
export function jsonExport(a: Annotations): ExportFile {
  return { name: `${fileStem(a)}.json`, type: 'application/json;charset=utf-8', content: `${JSON.stringify(a, null, 2)}\n` };
}
