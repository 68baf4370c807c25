import type { Annotations, Entity, EntityType, Quote } from '../annotations';

const TYPE_LABEL: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
  misc: 'Other names',
};

/** Renders Annotations as a readable Markdown report (CLI text output and the popup's export). */
export function annotationsToMarkdown(a: Annotations): string {
  const m = a.metadata;
  const out: string[] = [];
  out.push(`# ${m.headline ?? a.article.title ?? 'Untitled article'}`, '');
  const facts: [string, string | null][] = [
    ['Publisher', m.publisher],
    ['Authors', m.authors.length ? m.authors.join(', ') : null],
    ['Published', m.published],
    ['Updated', m.modified && m.modified !== m.published ? m.modified : null],
    ['Section', m.section],
    ['Link', m.canonicalUrl ?? a.url],
  ];
  for (const [k, v] of facts) if (v) out.push(`- **${k}:** ${v}`);
  out.push(`- **Length:** ${countWords(a.article.text)} words`);
  for (const n of a.notices) out.push(`- **Note:** ${n.message}`);
  out.push('', '## Summary', '');
  if (a.summary.sentences.length) for (const s of a.summary.sentences) out.push(`- ${s.text}`);
  else out.push('_No summary._');

  out.push('', '## Quotes', '');
  if (!a.quotes.length) out.push('_No quotes found._');
  for (const [speaker, quotes] of groupBySpeaker(a.quotes)) {
    out.push(`### ${speaker}`, '');
    for (const q of quotes) {
      const how = [q.cue?.verb, q.channel ? `via ${q.channel.name}` : null].filter(Boolean).join(', ');
      const body = q.direct ? `“${q.text}”` : q.text;
      out.push(`- ${body}${how ? ` (${how})` : ''}`);
    }
    out.push('');
  }

  out.push('## Cited sources', '');
  if (!a.sources.length) out.push('_No outside sources cited._');
  for (const s of a.sources) out.push(`- ${s.name} (${s.kind}, cited ${s.citedAt.length}×)`);
  if (a.credits.length) {
    out.push('', '## Credits', '');
    for (const c of a.credits) {
      const parts = [c.photographer && `photographer ${c.photographer}`, c.agency && `agency ${c.agency}`, c.distributor && `distributor ${c.distributor}`].filter(Boolean);
      out.push(`- ${c.kind === 'image' ? 'Image' : 'Wire'}: ${c.text}${parts.length ? ` (${parts.join('; ')})` : ''}`);
    }
  }

  out.push('', '## Entities', '');
  if (!a.entities.length) out.push('_No named entities found._');
  for (const type of ['person', 'organization', 'place', 'misc'] as const) {
    const list = a.entities.filter((e) => e.type === type).sort(bySalience);
    if (!list.length) continue;
    out.push(`### ${TYPE_LABEL[type]}`, '');
    for (const e of list) {
      const aka = e.aliases.length ? ` (also ${e.aliases.join(', ')})` : '';
      out.push(`- ${e.name}${aka}: ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`);
    }
    out.push('');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** Quotes grouped by speaker name ("Unattributed" last), in order of first quote. */
export function groupBySpeaker(quotes: readonly Quote[]): Map<string, Quote[]> {
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = q.speaker?.name ?? 'Unattributed';
    const list = groups.get(key) ?? [];
    list.push(q);
    groups.set(key, list);
  }
  const unattributed = groups.get('Unattributed');
  if (unattributed) {
    groups.delete('Unattributed');
    groups.set('Unattributed', unattributed);
  }
  return groups;
}

/** Orders entities by salience, then by mention count. */
export function bySalience(a: Entity, b: Entity): number {
  return b.salience - a.salience || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name);
}

/** Number of words in a text. */
export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;
}
