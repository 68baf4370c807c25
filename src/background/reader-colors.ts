import type { HighlightCategory } from '../core/highlight-layers';
import { DEFAULT_SETTINGS } from '../shared/settings-schema';

/** The layers painted in each category's colour, and how strong the wash of each is. */
const LAYERS: Record<HighlightCategory, Array<{ layer: string; alpha: number; underline: boolean }>> = {
  person: [{ layer: 'pm-person', alpha: 0.24, underline: true }],
  organization: [{ layer: 'pm-organization', alpha: 0.2, underline: true }],
  place: [{ layer: 'pm-place', alpha: 0.2, underline: true }],
  misc: [{ layer: 'pm-misc', alpha: 0.16, underline: true }],
  quote: [
    { layer: 'pm-quote', alpha: 0.28, underline: false },
    { layer: 'pm-speaker', alpha: 0.45, underline: true },
  ],
};

/** "#rrggbb" as "r, g, b", or null when it is not that form. */
function rgbOf(hex: string): string | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? `${parseInt(m[1]!, 16)}, ${parseInt(m[2]!, 16)}, ${parseInt(m[3]!, 16)}` : null;
}

/**
 * CSS that paints the highlights in the reader's colours, overriding the default looks (written after
 * them): only the colours change, never the underline styles that tell the categories apart without
 * colour. `scope` goes before each `::highlight()` (see highlight-css.ts). Null when every colour
 * is the default.
 */
export function readerColorsCss(colors: Readonly<Record<HighlightCategory, string>>, scope = ''): string | null {
  const rules: string[] = [];
  for (const category of Object.keys(LAYERS) as HighlightCategory[]) {
    const color = colors[category];
    if (!color || color.toLowerCase() === DEFAULT_SETTINGS.colors[category]) continue;
    const rgb = rgbOf(color);
    if (!rgb) continue;
    for (const { layer, alpha, underline } of LAYERS[category]) {
      const body = `background-color: rgba(${rgb}, ${alpha});${underline ? ` text-decoration-color: rgb(${rgb});` : ''}`;
      // Two rules, not one list: a browser without ::highlight() would drop the whole list.
      rules.push(`${scope}::highlight(${layer}) { ${body} }`);
      rules.push(`pm-mark[data-pm-layer="${layer}"]:not([data-pm-hidden]) { ${body} }`);
    }
  }
  return rules.length ? rules.join('\n') : null;
}
