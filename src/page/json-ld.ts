/**
 * Reads schema.org JSON-LD from a page: every `application/ld+json` script, tolerating the broken
 * JSON pages ship (CDATA wrappers, comments, trailing commas, raw line breaks in strings), flattened
 * over arrays and @graph, with @id references resolved.
 */

/** A JSON-LD node: a plain object from the page's data. */
export type JsonLdNode = Record<string, unknown>;

/** What the page's JSON-LD says about its article. */
export interface JsonLdArticle {
  /** The article node (NewsArticle, BlogPosting …), or null when the page has none. */
  article: JsonLdNode | null;
  /** All nodes, for publisher and author look-ups by @id and for WebPage fallbacks. */
  nodes: JsonLdNode[];
}

// schema.org types that are an article or a page about one.
const ARTICLE_TYPE =
  /^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference|Review|Recipe|HowTo|CreativeWork|Blog)$/;

/** Reads the JSON-LD of the given <script type="application/ld+json"> elements; empty when none parse. */
export function readJsonLd(scripts: readonly Element[]): JsonLdArticle {
  const nodes: JsonLdNode[] = [];
  for (const script of scripts) {
    const data = parseLenient(script.textContent ?? '');
    if (data !== undefined) collect(data, nodes, 0);
  }
  return { article: pickArticle(nodes), nodes };
}

/** The type names of a node ("@type" may be a string or an array; "schema:NewsArticle" allowed). */
export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

/** Whether a node is an article-like type. */
export function isArticleNode(node: JsonLdNode): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPE.test(t));
}

/** Resolves a value that may be an {"@id"} reference to the node it names. */
export function resolveRef(value: unknown, nodes: readonly JsonLdNode[]): unknown {
  if (!isNode(value)) return value;
  const id = value['@id'];
  if (typeof id !== 'string' || Object.keys(value).length > 2) return value;
  return nodes.find((n) => n !== value && n['@id'] === id && Object.keys(n).length > 1) ?? value;
}

/** Whether a value is a JSON object (not an array). */
export function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collect(data: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > 6) return;
  if (Array.isArray(data)) {
    for (const item of data) collect(item, out, depth + 1);
    return;
  }
  if (!isNode(data)) return;
  if (data['@type'] !== undefined || data['@id'] !== undefined) out.push(data);
  if (Array.isArray(data['@graph'])) collect(data['@graph'], out, depth + 1);
  // An article is sometimes the mainEntity of a WebPage node.
  if (isNode(data.mainEntity)) collect(data.mainEntity, out, depth + 1);
}

function pickArticle(nodes: readonly JsonLdNode[]): JsonLdNode | null {
  let best: JsonLdNode | null = null;
  let bestScore = 0;
  for (const node of nodes) {
    if (!isArticleNode(node)) continue;
    // Prefer the node that carries the article's own fields over a bare reference.
    let score = 1;
    if (typeof node.headline === 'string') score += 4;
    if (node.datePublished) score += 2;
    if (node.author) score += 2;
    if (typeof node.articleBody === 'string') score += 1;
    if (typesOf(node).some((t) => /Article|Posting/.test(t))) score += 1;
    if (score > bestScore) [best, bestScore] = [node, score];
  }
  return best;
}

/**
 * Parses JSON that may be slightly broken; undefined when it cannot be read. Repairs are tried
 * only after a strict parse fails, so well-formed data costs one JSON.parse.
 */
export function parseLenient(raw: string): unknown {
  let text = raw.replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, '').trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // fall through to repairs
  }
  text = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/,\s*([}\]])/g, '$1');
  text = escapeControlCharsInStrings(text);
  try {
    return JSON.parse(text);
  } catch {
    // Two objects back to back ("}{") or a missing array wrapper.
    try {
      return JSON.parse(`[${text.replace(/}\s*{/g, '},{')}]`);
    } catch {
      return undefined;
    }
  }
}

// Raw line breaks and tabs inside string literals are the commonest JSON-LD breakage.
function escapeControlCharsInStrings(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') {
        out += ch + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (ch === '"') inString = false;
      else if (ch === '\n') {
        out += '\\n';
        continue;
      } else if (ch === '\r') continue;
      else if (ch === '\t') {
        out += '\\t';
        continue;
      }
    } else if (ch === '"') inString = true;
    out += ch;
  }
  return out;
}
