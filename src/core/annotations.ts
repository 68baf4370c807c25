/**
 * The one result type of Pressmark: everything the language core finds in an article, as plain
 * serialisable JSON. Offsets (`start`, `end`) are JavaScript string indices into
 * `Annotations.article.text` (end exclusive). The popup, the content script's painter and the
 * command-line tool all read this type and nothing else.
 *
 * Versioned: bump ANNOTATIONS_VERSION on any change a reader of old JSON would misread.
 */

/** Version of the Annotations shape; readers reject other versions. */
export const ANNOTATIONS_VERSION = 1;

/** A half-open span [start, end) of character offsets into the article text. */
export interface Span {
  start: number;
  end: number;
}

/** What a block of the article is; captions and credits are kept apart from the body. */
export type BlockKind =
  | 'headline'
  | 'paragraph'
  | 'heading'
  | 'list-item'
  | 'blockquote'
  | 'caption'
  | 'preformatted';

/** One block (paragraph, heading, caption …) of the article text. */
export interface TextBlock extends Span {
  kind: BlockKind;
}

/**
 * The article's visible text as one string, split into blocks. Blocks are in reading order, do not
 * overlap, and are separated in `text` by "\n\n". The DOM side (src/page) adds a map from offsets to
 * text nodes; the core never needs it.
 */
export interface ArticleText {
  text: string;
  blocks: TextBlock[];
}

/** Where a metadata value was read from, so the popup can say how sure it is. */
export type MetadataSource =
  | 'json-ld'
  | 'microdata'
  | 'opengraph'
  | 'meta'
  | 'byline'
  | 'time-element'
  | 'title'
  | 'heading'
  | 'copyright'
  | 'link'
  | 'url'
  | 'text';

/** The fields of Metadata that carry a provenance. */
export type MetadataField =
  | 'headline'
  | 'authors'
  | 'publisher'
  | 'published'
  | 'modified'
  | 'canonicalUrl'
  | 'section'
  | 'language'
  | 'favicon'
  | 'description';

/** Publication metadata of the page; dates are ISO 8601 (with the time zone where the page gives one). */
export interface Metadata {
  headline: string | null;
  authors: string[];
  publisher: string | null;
  published: string | null;
  modified: string | null;
  canonicalUrl: string | null;
  section: string | null;
  language: string | null;
  favicon: string | null;
  description: string | null;
  provenance: Partial<Record<MetadataField, MetadataSource>>;
}

/** The entity types Pressmark marks. */
export type EntityType = 'person' | 'organization' | 'place' | 'misc';

/** One occurrence of an entity in the text. */
export interface Mention extends Span {
  text: string;
  /** 0..1: how sure the recognizer is of this mention's span and type. */
  confidence: number;
}

/** A named entity: all mentions of one person, organization, place or other name, grouped. */
export interface Entity {
  /** Stable within one Annotations value, e.g. "e3". */
  id: string;
  /** Canonical name: the fullest form seen ("Zabihullah Mujahid", "United States"). */
  name: string;
  type: EntityType;
  /** Other forms seen in the text ("Zabiullah Mojahid", "U.S.", "RSM"). */
  aliases: string[];
  mentions: Mention[];
  /** 0..1, for the entity as a whole. */
  confidence: number;
  /** Importance in this article (higher is more central); used for sorting. */
  salience: number;
}

/** Who a quotation or reported statement is attributed to. */
export interface Speaker {
  /** The name as the article gives it, or its canonical entity name when linked. */
  name: string;
  /** The entity this speaker is, when linked ("Fawad Aman" → its Entity id). */
  entityId?: string;
  /** Role or description given with the name ("defense ministry spokesman"). */
  description?: string;
  /** Where the speaker is named for this quote (may be a pronoun or "the spokesman"). */
  start?: number;
  end?: number;
  /** named: a named person or organization; unnamed: "a U.S. defense official". */
  kind: 'named' | 'unnamed';
  /** For an unnamed source, the organization it speaks for ("a Taliban spokesman" → Taliban). */
  affiliationEntityId?: string;
}

/** The speech verb or phrase that attributes a quote ("said", "told", "according to"). */
export interface Cue extends Span {
  verb: string;
}

/** The medium or outlet a statement was made through ("on Twitter", "told CNN"). */
export interface Channel extends Span {
  name: string;
  entityId?: string;
}

/** A direct quotation or a reported statement, with its attribution. */
export interface Quote extends Span {
  id: string;
  text: string;
  /** True when the content is inside quotation marks (or a blockquote / q element). */
  direct: boolean;
  /** True for a short quoted fragment inside a sentence ("positive step"). */
  partial: boolean;
  speaker: Speaker | null;
  cue: Cue | null;
  channel: Channel | null;
  confidence: number;
}

/** The kinds of outside sources an article can rest on. */
export type SourceKind = 'agency' | 'outlet' | 'platform' | 'person' | 'organization' | 'official' | 'document';

/** An outside source the article cites, with every place that cites it. */
export interface CitedSource {
  name: string;
  kind: SourceKind;
  entityId?: string;
  citedAt: Span[];
}

/** A credit line: an image credit split into its parts, or a sign of a wire story. */
export interface Credit extends Span {
  kind: 'image' | 'wire';
  text: string;
  photographer?: string;
  agency?: string;
  distributor?: string;
}

/** One sentence of the summary, pointing at its place in the article. */
export interface SummarySentence extends Span {
  text: string;
}

/** The extractive summary: sentences in article order. */
export interface Summary {
  sentences: SummarySentence[];
  method: 'extractive';
}

/** A note for the reader about what was or was not done ("annotated the first 20,000 words"). */
export interface Notice {
  code: 'truncated' | 'unsupported-language' | 'low-confidence' | 'no-article';
  message: string;
}

/** Milliseconds per stage, for `npm run bench` and diagnostics. */
export type Timings = Partial<Record<'detect' | 'entities' | 'quotes' | 'sources' | 'summary' | 'total', number>>;

/** Everything Pressmark found in one article. */
export interface Annotations {
  version: typeof ANNOTATIONS_VERSION;
  url: string | null;
  article: {
    title: string | null;
    text: string;
    blocks: TextBlock[];
    language: string | null;
  };
  metadata: Metadata;
  entities: Entity[];
  quotes: Quote[];
  sources: CitedSource[];
  credits: Credit[];
  summary: Summary;
  notices: Notice[];
  timings: Timings;
}

/** An empty Metadata value, for pages that give none. */
export function emptyMetadata(): Metadata {
  return {
    headline: null,
    authors: [],
    publisher: null,
    published: null,
    modified: null,
    canonicalUrl: null,
    section: null,
    language: null,
    favicon: null,
    description: null,
    provenance: {},
  };
}

/** Whether a value read from JSON looks like Annotations of this version. */
export function isAnnotations(value: unknown): value is Annotations {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Annotations>;
  return (
    v.version === ANNOTATIONS_VERSION &&
    typeof v.article?.text === 'string' &&
    Array.isArray(v.entities) &&
    Array.isArray(v.quotes)
  );
}
