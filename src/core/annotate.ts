import {
  ANNOTATIONS_VERSION,
  emptyMetadata,
  type Annotations,
  type ArticleText,
  type Metadata,
  type Notice,
  type Timings,
} from './annotations';
import { recognizeEntities } from './entities/index';
import { findQuotes } from './quotes/index';
import { findSources } from './sources/index';
import { summarize } from './summary/index';
import { DEFAULT_LIMITS, limitArticle, type ArticleLimits } from './limits';
import { articleLanguage, unsupportedLanguageNotice } from './text/language';

/** Options of the pipeline. */
export interface AnnotateOptions {
  url?: string | null;
  metadata?: Metadata;
  /** Summary length in sentences (1 to 5, default 3). */
  summarySentences?: number;
  /** Notices from earlier stages (detection) to pass through. */
  notices?: Notice[];
  /** Milliseconds already spent (detection), to report in timings. */
  detectMs?: number;
  /** A clock; defaults to performance.now where present. */
  now?: () => number;
  /** How much of the article is annotated at most (default DEFAULT_LIMITS); the rest gets a notice. */
  limits?: ArticleLimits;
}

const defaultNow = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** What the second stage of annotation adds: the cited sources, image credits and the summary. */
export type LaterParts = Pick<Annotations, 'sources' | 'credits' | 'summary' | 'timings'>;

/** Annotation in two stages: what highlights need first, then the rest (see annotateInStages). */
export interface StagedAnnotations {
  /** Entities and quotes, with no sources, credits or summary yet. */
  highlights: Annotations;
  /** Computes the sources, credits and summary of the same article (the timings then cover both stages). */
  rest: () => LaterParts;
}

/** Runs the language core over an article: entities, quotes, sources, credits and summary. */
export function annotate(fullArticle: ArticleText, options: AnnotateOptions = {}): Annotations {
  const { highlights, rest } = annotateInStages(fullArticle, options);
  return { ...highlights, ...rest() };
}

/**
 * The language core in two stages: entities and quotes (all a page's highlights need), then the
 * sources, credits and summary, so a page can be painted before the second stage runs.
 */
export function annotateInStages(fullArticle: ArticleText, options: AnnotateOptions = {}): StagedAnnotations {
  const now = options.now ?? defaultNow;
  const timings: Timings = {};
  if (options.detectMs !== undefined) timings.detect = options.detectMs;
  const t0 = now();
  // Bounded work: a huge page is annotated up to the limits (a prefix, so offsets stay valid).
  const { article, notice: truncated } = limitArticle(fullArticle, options.limits ?? DEFAULT_LIMITS);
  // Detection may have cut a huge page already; its notice knows the size of the whole, so it stays the one.
  const cutEarlier = options.notices?.some((n) => n.code === 'truncated') ?? false;
  const language = articleLanguage(article.text, options.metadata?.language ?? null);
  // The entity and quote models are English-only; elsewhere they would mark noise, so they are skipped.
  const unsupported = unsupportedLanguageNotice(language);
  const entities = unsupported ? [] : recognizeEntities(article);
  const t1 = now();
  const quotes = unsupported ? [] : findQuotes(article, entities);
  const t2 = now();
  timings.entities = t1 - t0;
  timings.quotes = t2 - t1;
  timings.total = t2 - t0 + (options.detectMs ?? 0);
  const metadata = options.metadata ?? emptyMetadata();
  const highlights: Annotations = {
    version: ANNOTATIONS_VERSION,
    url: options.url ?? null,
    article: {
      title: metadata.headline,
      text: article.text,
      blocks: article.blocks,
      language: language ?? metadata.language,
    },
    metadata,
    entities,
    quotes,
    sources: [],
    credits: [],
    summary: { sentences: [], method: 'extractive' },
    notices: [...(options.notices ?? []), ...(truncated && !cutEarlier ? [truncated] : []), ...(unsupported ? [unsupported] : [])],
    timings: { ...timings },
  };
  const rest = (): LaterParts => {
    const t3 = now();
    const { sources, credits } = findSources(article, entities, quotes);
    const t4 = now();
    const n = Math.min(5, Math.max(1, Math.round(options.summarySentences ?? 3)));
    const summary = summarize(article, { entities, quotes }, { sentences: n });
    const t5 = now();
    const all: Timings = { ...timings, sources: t4 - t3, summary: t5 - t4 };
    // (total last, as the stages ran)
    delete all.total;
    all.total = t2 - t0 + (t5 - t3) + (options.detectMs ?? 0);
    return { sources, credits, summary, timings: all };
  };
  return { highlights, rest };
}
