import type { RootChoice } from './choose-root';
import type { PageContainer, PageLayout } from './segment-page';

/**
 * Checks the chosen root against the article body a page declares in JSON-LD ("articleBody"):
 * when most of that text sits in one element that is not the root (elsewhere, or a part of a root
 * that also holds much other prose), that element is the article. Pages rarely lie about their
 * own body, but it is often cut short or stripped of subheads, so it corrects a wrong choice
 * rather than defining the text.
 */
export function checkAgainstArticleBody(
  layout: PageLayout,
  choice: RootChoice,
  values: readonly number[],
  articleBody: string | null,
): RootChoice {
  if (!articleBody || articleBody.length < 400) return choice;
  const probes = probesOf(articleBody);
  if (probes.length < 3) return choice;
  const { blocks, containers } = layout;
  const normalized: (string | undefined)[] = [];
  const found: number[] = [];
  for (const probe of probes) {
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.text.length < probe.length) continue;
      const text = (normalized[i] ??= normalize(b.text));
      if (text.includes(probe)) {
        found.push(i);
        break;
      }
    }
  }
  // Too few probes found: the declared body does not match the page (another language, a stub).
  if (found.length < probes.length / 2 || new Set(found).size < 2) return choice;
  const root = choice.container;
  // The smallest element holding most of the found probes.
  const need = Math.ceil(0.8 * found.length);
  let best: PageContainer | null = null;
  for (const c of containers) {
    if (c.end - c.start === 0) continue;
    let n = 0;
    for (const i of found) if (i >= c.start && i < c.end) n++;
    if (n >= need && (!best || c.end - c.start < best.end - best.start)) best = c;
  }
  if (!best || best === root) return choice;
  const prose = (c: PageContainer): number => {
    let sum = 0;
    for (let i = c.start; i < c.end; i++) if (values[i]! > 0) sum += values[i]!;
    return sum;
  };
  const inside = best.start >= root.start && best.end <= root.end;
  // Inside the root: narrow only when the root holds much prose that the declared body lacks.
  if (inside && prose(best) >= 0.6 * prose(root)) return choice;
  let score = 0;
  for (let i = best.start; i < best.end; i++) score += values[i]!;
  return score > 0 ? { container: best, score } : choice;
}

// Up to twelve snippets of eight words, spread over the declared body's longer paragraphs.
function probesOf(body: string): string[] {
  const paragraphs = body
    .split(/\n+|(?<=[.!?])\s+(?=[A-Z])/)
    .map(normalize)
    .filter((p) => p.split(' ').length >= 12);
  const step = Math.max(1, Math.floor(paragraphs.length / 12));
  const probes: string[] = [];
  for (let i = 0; i < paragraphs.length && probes.length < 12; i += step) {
    const words = paragraphs[i]!.split(' ');
    probes.push(words.slice(0, 8).join(' '));
  }
  return probes;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
