/**
 * Feature templates of the tagger. A token's features are (a) attributes of the words in a window
 * of five, each mixed with its offset, which depend on the word alone and so are cached per word,
 * and (b) positional features (word and shape pairs, sentence position, gazetteer matches, document
 * evidence). Training and tagging both call these functions, so the hashes always agree.
 */
import { hashCombine, hashString } from './hash';
import { caseClass, longShape, normalForm, shortShape } from './word-shape';

/** Per-word facts learned from unlabelled text, packed in one integer (0 when the word is unknown). */
export interface Lexicon {
  info(normalHash: number): number;
}

/**
 * Multi-word name lists: the lists (bits 0..7) a phrase hash belongs to. Bit 8 (PREFIX_BIT), when
 * the gazetteer marks prefixes, says that longer phrases start with this one; without it the
 * matcher stops early, which is what makes the lookup cheap.
 */
export interface Gazetteer {
  types(phraseHash: number): number;
  readonly maxLength: number;
  readonly marksPrefixes?: boolean;
}

/** Gazetteer value bit: longer phrases continue this one. */
export const PREFIX_BIT = 256;

/** Packs cluster ids (each + 1, 0 for none) and a capitalisation bucket into a lexicon entry. */
export function packLexiconInfo(c1: number, c2: number, c3: number, capBucket: number): number {
  return ((c1 & 0x7f) | ((c2 & 0x1ff) << 7) | ((c3 & 0x7ff) << 16) | ((capBucket & 7) << 27) | (1 << 30)) >>> 0;
}

/** The hash a gazetteer phrase starts from before its words are combined in. */
export const PHRASE_SEED = 0x2545f491;

/** Hash of a phrase given the hashes of its words' normal forms. */
export function phraseHash(wordHashes: ArrayLike<number>, from = 0, to = wordHashes.length): number {
  let h = PHRASE_SEED;
  for (let i = from; i < to; i++) h = hashCombine(h, wordHashes[i]!);
  return h;
}

/** The padding word before a sentence, for window offsets that fall outside it. */
export const BOS = '\u0002';
/** The padding word after a sentence. */
export const EOS = '\u0003';

/** Window offsets whose word attributes are features. */
export const WINDOW = 2;

/** What the positional templates need to know about one sentence. */
export interface SentenceInfo {
  words: readonly string[];
  /** hashString(normalForm(word)) of each word. */
  norm: Uint32Array;
  /** hashString(shortShape(word)). */
  shape: Uint32Array;
  /** Gazetteer membership bits: list * 4 + BILOU position. */
  gaz: Uint32Array;
  /** caseClass(word) of each word. */
  cls: Uint8Array;
  /** The sentence is written in capitals (a headline or a dateline). */
  allCaps: boolean;
  /** What a tagger worked out once for both of its passes (see EntityTagger.sentenceInfo). */
  tagCache?: SentenceTagCache;
}

/** A tagger's per-sentence lookups, shared by its two passes. */
export interface SentenceTagCache {
  /** Word ids, padded with WINDOW edge ids each side. */
  ids: Int32Array;
  maxId: number;
  /** The tagger that gave the ids out, and its id generation they belong to. */
  owner: object;
  generation: number;
  /** Per token, the key of its (previous, own, next) shape triple. */
  shapeKeys: Uint32Array;
}

/** Where feature hashes are pushed: an array, or a reusable buffer (see HashBuffer). */
export interface HashSink {
  push(hash: number): unknown;
}

/** A growable buffer of feature hashes that is refilled token after token instead of allocating an array each time. */
export class HashBuffer implements HashSink {
  hashes = new Uint32Array(64);
  length = 0;

  /** Appends a hash. */
  push(hash: number): void {
    if (this.length === this.hashes.length) {
      const more = new Uint32Array(this.hashes.length * 2);
      more.set(this.hashes);
      this.hashes = more;
    }
    this.hashes[this.length++] = hash;
  }
}

const T_POS = 1000;

/** The per-word facts of SentenceInfo: hashes of a word's normal form and short shape, and its case class. */
export function wordHashes(word: string): { norm: number; shape: number; cls: number } {
  return { norm: hashString(normalForm(word)), shape: hashString(shortShape(word)), cls: caseClass(word) };
}

/** What a word's feature templates read, computed once for all window offsets. */
interface WordFacts {
  word: string;
  norm: string;
  nh: number;
  shape: number;
  cc: number;
  c1: number;
  c2: number;
  c3: number;
  cap: number;
}

function wordFacts(word: string, lexicon: Lexicon): WordFacts {
  const norm = normalForm(word);
  const nh = hashString(norm);
  const info = lexicon.info(nh);
  return {
    word,
    norm,
    nh,
    shape: hashString(shortShape(word)),
    cc: caseClass(word),
    c1: info & 0x7f,
    c2: (info >>> 7) & 0x1ff,
    c3: (info >>> 16) & 0x7ff,
    cap: info ? (info >>> 27) & 7 : 7,
  };
}

// The templates of words two away (the first FAR_TEMPLATES of innerWordHashes) and one away (NEAR_TEMPLATES).
const FAR_TEMPLATES = 4;
const NEAR_TEMPLATES = 7;

/**
 * The (template, value) hashes of a word's attributes seen `reach` (0, 1 or 2) words away, in
 * template order; a feature's hash mixes this with its offset (see emitWordFeatures).
 */
function innerWordHashes(facts: WordFacts, reach: number): number[] {
  const { word, norm, nh, shape, cc, c1, c2, c3, cap } = facts;
  const out: number[] = [];
  const f = (template: number, value: number): void => {
    out.push(hashCombine(template, value));
  };
  f(1, hashString(word));
  f(2, nh);
  f(3, shape);
  f(4, c2);
  if (reach <= 1) {
    f(5, c1);
    f(6, c3);
    f(7, cap * 8 + cc);
  }
  if (reach === 0) {
    f(8, hashString(longShape(word)));
    f(9, cc);
    const len = Math.min(word.length, 12);
    f(10, len);
    for (let n = 1; n <= 4 && n < word.length; n++) {
      f(10 + n, hashString(word.slice(0, n)));
      f(20 + n, hashString(norm.slice(-n)));
    }
    // A hyphenated compound's parts ("NATO-led", "Anglo-Dutch") carry most of its meaning.
    const dash = word.indexOf('-');
    if (dash > 0 && dash < word.length - 1) {
      f(30, hashString(normalForm(word.slice(0, dash))));
      f(31, hashString(normalForm(word.slice(word.lastIndexOf('-') + 1))));
    }
  }
  return out;
}

/** Pushes the hashes of a word's attributes at window offset k (the templates of wordFeatures). */
function emitWordFeatures(facts: WordFacts, k: number, out: number[]): void {
  for (const h of innerWordHashes(facts, Math.abs(k))) out.push(hashCombine(h, k + 17));
}

/** Computes word attributes and sentence facts for the feature templates, caching per word. */
export class FeatureExtractor {
  private readonly caches: Map<string, Uint32Array>[] = [];
  private readonly facts = new Map<string, { norm: number; shape: number; cls: number }>();

  constructor(
    readonly lexicon: Lexicon,
    readonly gazetteer: Gazetteer,
  ) {
    for (let k = -WINDOW; k <= WINDOW; k++) this.caches.push(new Map());
  }

  /** Hashes of the attributes of `word` seen at window offset `k` (-2..2). */
  wordFeatures(word: string, k: number): Uint32Array {
    const cache = this.caches[k + WINDOW]!;
    let v = cache.get(word);
    if (!v) {
      v = new Uint32Array(this.uncachedWordFeatures(word, k));
      if (cache.size > 200_000) cache.clear();
      cache.set(word, v);
    }
    return v;
  }

  /** Like wordFeatures, uncached, for callers that keep their own per-word results. */
  uncachedWordFeatures(word: string, k: number): number[] {
    const out: number[] = [];
    emitWordFeatures(wordFacts(word, this.lexicon), k, out);
    return out;
  }

  /** The hashes of wordFeatures(word, k) for every offset k (-WINDOW..WINDOW, in that order), uncached. */
  everySlotFeatures(word: string): number[][] {
    // The template hashes are the same at every offset: made once, then mixed with each offset.
    const inner = innerWordHashes(wordFacts(word, this.lexicon), 0);
    const out: number[][] = [];
    for (let k = -WINDOW; k <= WINDOW; k++) {
      const reach = Math.abs(k);
      const count = reach >= 2 ? FAR_TEMPLATES : reach === 1 ? NEAR_TEMPLATES : inner.length;
      const hashes: number[] = [];
      for (let j = 0; j < count; j++) hashes.push(hashCombine(inner[j]!, k + 17));
      out.push(hashes);
    }
    return out;
  }

  /** Builds the per-sentence facts the positional templates read. */
  sentenceInfo(words: readonly string[]): SentenceInfo {
    const n = words.length;
    const norm = new Uint32Array(n);
    const shape = new Uint32Array(n);
    const cls = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      let f = this.facts.get(w);
      if (!f) {
        f = wordHashes(w);
        if (this.facts.size > 200_000) this.facts.clear();
        this.facts.set(w, f);
      }
      norm[i] = f.norm;
      shape[i] = f.shape;
      cls[i] = f.cls;
    }
    return this.sentenceInfoOf(words, norm, shape, cls);
  }

  /** The sentence facts given each word's normal-form hash, shape hash and case class (see wordHashes). */
  sentenceInfoOf(words: readonly string[], norm: Uint32Array, shape: Uint32Array, cls: Uint8Array): SentenceInfo {
    let alpha = 0;
    let caps = 0;
    for (let i = 0; i < words.length; i++) {
      const c = cls[i]!;
      if (c >= 1 && c <= 4) {
        alpha++;
        if (c === 3 && words[i]!.length > 1) caps++;
      }
    }
    return { words, norm, shape, cls, gaz: this.gazetteerBits(norm), allCaps: alpha > 0 && caps >= 0.8 * alpha };
  }

  /** Marks every token covered by a gazetteer phrase with the list and its BILOU position there. */
  gazetteerBits(norm: Uint32Array): Uint32Array {
    const n = norm.length;
    const bits = new Uint32Array(n);
    const max = this.gazetteer.maxLength;
    const early = this.gazetteer.marksPrefixes === true;
    for (let i = 0; i < n; i++) {
      let h = PHRASE_SEED;
      let more = true;
      for (let len = 1; more && len <= max && i + len <= n; len++) {
        h = hashCombine(h, norm[i + len - 1]!);
        const v = this.gazetteer.types(h);
        const t = v & 0xff;
        if (early && !(v & PREFIX_BIT)) more = false; // no longer phrase starts here
        if (!t) continue;
        for (let list = 0; list < 8; list++) {
          if (!(t & (1 << list))) continue;
          if (len === 1) bits[i]! |= 1 << (list * 4 + 3);
          else {
            bits[i]! |= 1 << (list * 4);
            for (let j = i + 1; j < i + len - 1; j++) bits[j]! |= 1 << (list * 4 + 1);
            bits[i + len - 1]! |= 1 << (list * 4 + 2);
          }
        }
      }
    }
    return bits;
  }

  /** Pushes the hash of the bias feature (the one every token has). */
  biasFeatures(out: HashSink): void {
    out.push(hashCombine(T_POS, 0));
  }

  /** The shapes of token i and its neighbours (sentence edges have their own values). */
  shapeContext(s: SentenceInfo, i: number): [number, number, number] {
    return [i > 0 ? s.shape[i - 1]! : 1, s.shape[i]!, i + 1 < s.words.length ? s.shape[i + 1]! : 2];
  }

  /** Pushes the shape-pair and shape-triple features of a shape context. */
  shapeContextFeatures(shPrev: number, sh: number, shNext: number, out: HashSink): void {
    out.push(hashCombine(T_POS + 5, hashCombine(shPrev, sh)));
    out.push(hashCombine(T_POS + 6, hashCombine(sh, shNext)));
    out.push(hashCombine(T_POS + 7, hashCombine(hashCombine(shPrev, sh), shNext)));
  }

  /**
   * Pushes the hashes of the positional features of token i. With `restOnly` the bias and the
   * shape-context features are left out (the tagger caches their sums).
   */
  positionalFeatures(s: SentenceInfo, i: number, out: HashSink, restOnly = false): void {
    const n = s.words.length;
    const sh = s.shape[i]!;
    const nm = s.norm[i]!;
    const nmPrev = i > 0 ? s.norm[i - 1]! : 1;
    const nmNext = i + 1 < n ? s.norm[i + 1]! : 2;
    const p = (template: number, value: number): void => {
      out.push(hashCombine(T_POS + template, value));
    };
    if (!restOnly) {
      this.biasFeatures(out);
      const [a, b, c] = this.shapeContext(s, i);
      this.shapeContextFeatures(a, b, c, out);
    }
    if (i === 0) {
      p(1, sh);
      p(2, nm);
    }
    if (s.allCaps) {
      p(3, sh);
      p(4, nm);
    }
    p(8, hashCombine(nmPrev, nm));
    p(9, hashCombine(nm, nmNext));
    const g = s.gaz[i]!;
    if (g) {
      for (let b = 0; b < 32; b++) {
        if (!(g & (1 << b))) continue;
        p(10, b);
        p(11, hashCombine(b, sh));
      }
    }
    const gp = i > 0 ? s.gaz[i - 1]! : 0;
    const gn = i + 1 < n ? s.gaz[i + 1]! : 0;
    if (gp | gn) {
      for (let b = 0; b < 32; b++) {
        if (gp & (1 << b)) p(12, b);
        if (gn & (1 << b)) p(13, b);
      }
    }
  }
}
