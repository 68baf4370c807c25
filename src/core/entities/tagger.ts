/**
 * The trained entity tagger at run time: decodes the model once, scores tokens with the cached
 * per-word feature sums plus positional features, and decodes BILOU labels with Viterbi. A
 * document is tagged twice: stage 1 alone, then stage 2 with stage 1's document evidence.
 */
import { collectDocEvidence, docFeatures, type DocEvidence } from './doc-features';
import { BOS, EOS, FeatureExtractor, HashBuffer, WINDOW, wordHashes, type HashSink, type SentenceInfo } from './features';
import { hashCombine } from './hash';
import { HashIndex } from './hash-table';
import { allowedTransition, LABEL_COUNT } from './labels';
import { base64ToInt8, base64ToUint16, base64ToUint32, isEntityModelData, type StageData } from './model-data';
import { straighten } from './word-shape';

const SLOTS = 2 * WINDOW + 1;

/** The key of token i's (previous, own, next) shape triple, for the stages' shape-row caches. */
function shapeKey(s: SentenceInfo, i: number): number {
  const shPrev = i > 0 ? s.shape[i - 1]! : 1;
  const shNext = i + 1 < s.words.length ? s.shape[i + 1]! : 2;
  return hashCombine(hashCombine(shPrev, s.shape[i]!), shNext);
}

class Stage {
  readonly index: HashIndex;
  /** Weight codes, read through `table` (code as unsigned byte → weight). */
  private readonly codes: Uint8Array;
  private readonly table = new Float32Array(256);
  readonly trans: Float32Array;
  /** Per word id and window slot: the summed weights of the word's features (filled lazily). */
  vectors = new Float32Array(0);
  ready = new Uint8Array(0);
  /** The bias row: added to every token. */
  readonly bias: Float32Array;
  /** Set for a stacked stage (see StageData.stack). */
  readonly stack: { alpha: number; word: boolean } | null;
  /** Summed shape-context rows per (previous, own, next) shape triple. */
  readonly shapeRows = new Map<number, Float32Array>();

  constructor(
    data: StageData,
    readonly L: number,
    biasHash: number,
  ) {
    const keys = base64ToUint32(data.keys);
    this.index = new HashIndex(keys);
    // Codes stay bytes; a 256-entry table turns them into weights as they are read.
    const q = base64ToInt8(data.weights);
    this.codes = new Uint8Array(q.buffer, q.byteOffset, q.length);
    data.levels.forEach((v, c) => {
      this.table[c] = v;
      if (c > 0) this.table[256 - c] = -v;
    });
    const W = L + 1;
    this.trans = new Float32Array(W * W);
    for (let a = -1; a < L; a++)
      for (let b = -1; b < L; b++) {
        if (a === -1 && b === -1) continue;
        const k = (a + 1) * W + (b === -1 ? L : b);
        this.trans[k] = allowedTransition(a, b) ? (data.transitions[k] ?? 0) : -Infinity;
      }
    this.bias = new Float32Array(L);
    this.addFeatures([biasHash], this.bias, 0);
    this.stack = data.stack ?? null;
  }

  /** Adds the weights of the given feature hashes (the first `count`) to `out` at offset `o`. */
  addFeatures(hashes: ArrayLike<number>, out: Float32Array, o: number, count = hashes.length): void {
    const { L, codes, table, index } = this;
    for (let j = 0; j < count; j++) {
      const r = index.lookup(hashes[j]!);
      if (r < 0) continue;
      const base = r * L;
      for (let l = 0; l < L; l++) out[o + l]! += table[codes[base + l]!]!;
    }
  }

  /** Makes room for word ids below `n`, keeping what is computed. */
  grow(n: number): void {
    if (this.ready.length >= n * SLOTS) return;
    const cap = Math.max(n * SLOTS, this.ready.length * 2, 1024 * SLOTS);
    const v = new Float32Array(cap * this.L);
    v.set(this.vectors);
    const r = new Uint8Array(cap);
    r.set(this.ready);
    this.vectors = v;
    this.ready = r;
  }

  /** Forgets every cached word vector (when the word ids are reset). */
  reset(): void {
    this.vectors = new Float32Array(0);
    this.ready = new Uint8Array(0);
  }
}

/** Labels and emission scores of one sentence from one pass. */
export interface PassResult {
  labels: Int32Array;
  scores: Float32Array;
}

/** The second pass's result with the first pass's kept alongside. */
export interface TaggedSentence extends PassResult {
  first: PassResult;
}

/** A decoded entity model that tags sentences and documents. */
export class EntityTagger {
  readonly L = LABEL_COUNT;
  private readonly fx: FeatureExtractor;
  private readonly stage1: Stage;
  private readonly stage2: Stage;
  private wordIds = new Map<string, number>();
  /** For each label, the labels allowed right before it. */
  private readonly preds: Int8Array[] = [];
  /** For each label, the labels allowed right after it. */
  private readonly succs: Int8Array[] = [];
  /** Own-slot feature hashes of words the first pass has just met, by word id, for the stacked pass. */
  private readonly ownHashes = new Map<number, number[]>();
  /** The feature hashes of the token being scored. */
  private readonly scratch = new HashBuffer();
  private vScore = new Float32Array(0);
  private vBack = new Uint8Array(0);
  private idWords: string[] = [];
  /** Bumped whenever word ids start over, so that ids kept in a SentenceInfo are known stale. */
  private generation = 0;
  /** Per word id: wordHashes(word), filled when the id is given out. */
  private idNorm = new Uint32Array(1024);
  private idShape = new Uint32Array(1024);
  private idCls = new Uint8Array(1024);
  private readonly calibration: { a: number; b: number };

  constructor(data: unknown) {
    if (!isEntityModelData(data) || data.labels !== LABEL_COUNT) throw new Error('entities: not a Pressmark entity model');
    const lexKeys = base64ToUint32(data.lexicon.keys);
    const lexValues = base64ToUint32(data.lexicon.values);
    const lexIndex = new HashIndex(lexKeys);
    const gazKeys = base64ToUint32(data.gazetteer.keys);
    const gazValues = base64ToUint16(data.gazetteer.values);
    const gazIndex = new HashIndex(gazKeys);
    this.fx = new FeatureExtractor(
      {
        info: (h) => {
          const r = lexIndex.lookup(h);
          return r < 0 ? 0 : lexValues[r]!;
        },
      },
      {
        types: (h) => {
          const r = gazIndex.lookup(h);
          return r < 0 ? 0 : gazValues[r]!;
        },
        maxLength: data.gazetteer.maxLength,
        marksPrefixes: true,
      },
    );
    this.calibration = data.calibration ?? { a: 0.25, b: 0 };
    const bias: number[] = [];
    this.fx.biasFeatures(bias);
    this.stage1 = new Stage(data.stage1, LABEL_COUNT, bias[0]!);
    this.stage2 = new Stage(data.stage2, LABEL_COUNT, bias[0]!);
    this.wordId(BOS);
    this.wordId(EOS);
    for (let b = 0; b < LABEL_COUNT; b++) {
      const list: number[] = [];
      for (let a = 0; a < LABEL_COUNT; a++) if (allowedTransition(a, b)) list.push(a);
      this.preds.push(Int8Array.from(list));
    }
    for (let a = 0; a < LABEL_COUNT; a++) {
      const list: number[] = [];
      for (let b = 0; b < LABEL_COUNT; b++) if (allowedTransition(a, b)) list.push(b);
      this.succs.push(Int8Array.from(list));
    }
  }

  /** Maps a span margin (see spanMargin) to a probability of being right, fitted on dev data. */
  confidence(margin: number): number {
    return 1 / (1 + Math.exp(-(this.calibration.a * margin + this.calibration.b)));
  }

  /** Like confidence, for a margin from first-pass scores (which a stacked second pass scales by alpha). */
  firstPassConfidence(margin: number): number {
    return this.confidence(margin * (this.stage2.stack?.alpha ?? 1));
  }

  /**
   * Sentence facts for a token list (typographic quotes straightened). The words' ids are found
   * here once, and with them the per-word facts, rather than in one map per pass and one for facts.
   */
  sentenceInfo(tokens: readonly string[]): SentenceInfo {
    const words = tokens.map(straighten);
    const n = words.length;
    const norm = new Uint32Array(n);
    const shape = new Uint32Array(n);
    const cls = new Uint8Array(n);
    const ids = new Int32Array(n + 2 * WINDOW);
    const generation = this.generation;
    for (let k = 0; k < WINDOW; k++) {
      ids[k] = 0;
      ids[n + WINDOW + k] = 1;
    }
    let maxId = 1;
    for (let i = 0; i < n; i++) {
      const id = this.wordId(words[i]!);
      ids[i + WINDOW] = id;
      if (id > maxId) maxId = id;
      norm[i] = this.idNorm[id]!;
      shape[i] = this.idShape[id]!;
      cls[i] = this.idCls[id]!;
    }
    const info = this.fx.sentenceInfoOf(words, norm, shape, cls);
    const shapeKeys = new Uint32Array(n);
    for (let i = 0; i < n; i++) shapeKeys[i] = shapeKey(info, i);
    // Ids given out across a restart of the cache (endless input) would mix two generations: recomputed later.
    if (this.generation === generation) info.tagCache = { ids, maxId, owner: this, generation, shapeKeys };
    return info;
  }

  /** A dense id for a word, for the per-stage word-vector arrays. */
  private wordId(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      if (this.idWords.length >= 250_000) {
        // Bounded memory on endless input: start the cache over.
        this.wordIds = new Map();
        this.idWords = [];
        this.stage1.reset();
        this.stage2.reset();
        this.ownHashes.clear();
        this.wordIds.set(BOS, 0);
        this.wordIds.set(EOS, 1);
        this.idWords.push(BOS, EOS);
        this.generation++;
      }
      id = this.idWords.length;
      this.idWords.push(word);
      this.wordIds.set(word, id);
      if (id >= this.idNorm.length) {
        const grow = <T extends Uint32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
          const b = make(a.length * 2);
          b.set(a);
          return b;
        };
        this.idNorm = grow(this.idNorm, (n) => new Uint32Array(n));
        this.idShape = grow(this.idShape, (n) => new Uint32Array(n));
        this.idCls = grow(this.idCls, (n) => new Uint8Array(n));
      }
      const f = wordHashes(word);
      this.idNorm[id] = f.norm;
      this.idShape[id] = f.shape;
      this.idCls[id] = f.cls;
    }
    return id;
  }

  /** Word ids of a sentence padded with the edge words, and room for them in the stage's cache. */
  private sentenceIds(stage: Stage, s: SentenceInfo): Int32Array {
    const n = s.words.length;
    const cache = s.tagCache;
    if (cache && cache.owner === this && cache.generation === this.generation) {
      stage.grow(cache.maxId + 1);
      return cache.ids;
    }
    const ids = new Int32Array(n + 2 * WINDOW);
    for (let k = 0; k < WINDOW; k++) {
      ids[k] = 0;
      ids[n + WINDOW + k] = 1;
    }
    let maxId = 1;
    for (let i = 0; i < n; i++) {
      const id = this.wordId(s.words[i]!);
      ids[i + WINDOW] = id;
      if (id > maxId) maxId = id;
    }
    stage.grow(maxId + 1);
    return ids;
  }

  /**
   * Adds the cached vector of word `id` in window slot `k` (0..2·WINDOW) to E at offset o. A word
   * not seen before gets the vectors of every slot at once when `everySlot` (a pass that reads all
   * of them), as its attributes are then worked out once.
   */
  private addWordVector(stage: Stage, id: number, k: number, E: Float32Array, o: number, everySlot: boolean): void {
    const { L } = this;
    const slot = id * SLOTS + k;
    if (!stage.ready[slot]) {
      const word = this.idWords[id]!;
      if (everySlot) {
        const all = this.fx.everySlotFeatures(word);
        // The stacked pass will want the word's own-slot hashes next: kept until it takes them.
        if (this.ownHashes.size >= 20_000) this.ownHashes.clear();
        this.ownHashes.set(id, all[WINDOW]!);
        for (let j = 0; j < SLOTS; j++) {
          const at = id * SLOTS + j;
          if (stage.ready[at]) continue;
          stage.addFeatures(all[j]!, stage.vectors.subarray(at * L, at * L + L), 0);
          stage.ready[at] = 1;
        }
      } else {
        let hashes = k === WINDOW ? this.ownHashes.get(id) : undefined;
        if (hashes) this.ownHashes.delete(id);
        else hashes = this.fx.uncachedWordFeatures(word, k - WINDOW);
        stage.addFeatures(hashes, stage.vectors.subarray(slot * L, slot * L + L), 0);
        stage.ready[slot] = 1;
      }
    }
    const vectors = stage.vectors;
    const base = slot * L;
    for (let l = 0; l < L; l++) E[o + l]! += vectors[base + l]!;
  }

  /** Adds the cached shape-context row of token i to E at offset o. */
  private addShapeRow(stage: Stage, s: SentenceInfo, i: number, E: Float32Array, o: number): void {
    const { L } = this;
    const n = s.words.length;
    const key = s.tagCache ? s.tagCache.shapeKeys[i]! : shapeKey(s, i);
    let row = stage.shapeRows.get(key);
    if (!row) {
      const shPrev = i > 0 ? s.shape[i - 1]! : 1;
      const sh = s.shape[i]!;
      const shNext = i + 1 < n ? s.shape[i + 1]! : 2;
      row = new Float32Array(L);
      const tmp: number[] = [];
      this.fx.shapeContextFeatures(shPrev, sh, shNext, tmp);
      stage.addFeatures(tmp, row, 0);
      if (stage.shapeRows.size > 50_000) stage.shapeRows.clear();
      stage.shapeRows.set(key, row);
    }
    for (let l = 0; l < L; l++) E[o + l]! += row[l]!;
  }

  private emissions(stage: Stage, s: SentenceInfo, extra?: (i: number, out: HashSink) => void): Float32Array {
    const { L } = this;
    const n = s.words.length;
    const E = new Float32Array(n * L);
    const ids = this.sentenceIds(stage, s);
    const { bias } = stage;
    for (let i = 0; i < n; i++) {
      const o = i * L;
      for (let l = 0; l < L; l++) E[o + l] = bias[l]!;
      for (let k = 0; k < SLOTS; k++) this.addWordVector(stage, ids[i + k]!, k, E, o, true);
      this.addShapeRow(stage, s, i, E, o);
      // One buffer refilled per token (a typed array with its own length: no allocation, no truncation).
      const tmp = this.scratch;
      tmp.length = 0;
      this.fx.positionalFeatures(s, i, tmp, true);
      if (extra) extra(i, tmp);
      stage.addFeatures(tmp.hashes, E, o, tmp.length);
    }
    return E;
  }

  /** Emissions of a stacked stage: scaled first-pass scores plus the stage's own features. */
  private stackedEmissions(stage: Stage, s: SentenceInfo, first: PassResult, ev: DocEvidence): Float32Array {
    const { L } = this;
    const n = s.words.length;
    const { alpha, word } = stage.stack!;
    const E = new Float32Array(n * L);
    for (let j = 0; j < E.length; j++) E[j] = alpha * first.scores[j]!;
    const ids = word ? this.sentenceIds(stage, s) : null;
    for (let i = 0; i < n; i++) {
      const o = i * L;
      if (ids) {
        this.addWordVector(stage, ids[i + WINDOW]!, WINDOW, E, o, false);
        this.addShapeRow(stage, s, i, E, o);
      }
      const tmp = this.scratch;
      tmp.length = 0;
      docFeatures(ev, s, first.labels, i, tmp);
      stage.addFeatures(tmp.hashes, E, o, tmp.length);
    }
    return E;
  }

  private viterbi(stage: Stage, E: Float32Array, n: number): Int32Array {
    const { L, preds } = this;
    const W = L + 1;
    const t = stage.trans;
    const out = new Int32Array(n);
    if (n === 0) return out;
    if (this.vScore.length < n * L) {
      this.vScore = new Float32Array(n * L * 2);
      this.vBack = new Uint8Array(n * L * 2);
    }
    const score = this.vScore;
    const back = this.vBack;
    for (let l = 0; l < L; l++) score[l] = E[l]! + t[l]!;
    for (let i = 1; i < n; i++) {
      const prev = (i - 1) * L;
      for (let b = 0; b < L; b++) {
        // Only the labels BILOU allows before b are tried (2 or 9 of 17).
        const list = preds[b]!;
        let best = -Infinity;
        let arg = 0;
        for (let j = 0; j < list.length; j++) {
          const a = list[j]!;
          const v = score[prev + a]! + t[(a + 1) * W + b]!;
          if (v > best) {
            best = v;
            arg = a;
          }
        }
        score[i * L + b] = best + E[i * L + b]!;
        back[i * L + b] = arg;
      }
    }
    let best = -Infinity;
    let arg = 0;
    for (let a = 0; a < L; a++) {
      const v = score[(n - 1) * L + a]! + t[(a + 1) * W + L]!;
      if (v > best) {
        best = v;
        arg = a;
      }
    }
    out[n - 1] = arg;
    for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]!]!;
    return out;
  }

  /**
   * Max-marginals of a sentence: for each token and label, the score of the best whole path
   * through that label (forward plus backward Viterbi). Their differences are the confidences.
   */
  maxMarginals(E: Float32Array, n: number, second = true): Float32Array {
    const { L, preds, succs } = this;
    const W = L + 1;
    const t = (second ? this.stage2 : this.stage1).trans;
    const fwd = new Float32Array(n * L);
    const bwd = new Float32Array(n * L);
    for (let l = 0; l < L; l++) fwd[l] = E[l]! + t[l]!;
    // Only allowed transitions are tried: the others weigh -Infinity and can never be the best.
    for (let i = 1; i < n; i++)
      for (let b = 0; b < L; b++) {
        const list = preds[b]!;
        let best = -Infinity;
        for (let j = 0; j < list.length; j++) {
          const a = list[j]!;
          const v = fwd[(i - 1) * L + a]! + t[(a + 1) * W + b]!;
          if (v > best) best = v;
        }
        fwd[i * L + b] = best + E[i * L + b]!;
      }
    for (let a = 0; a < L; a++) bwd[(n - 1) * L + a] = t[(a + 1) * W + L]!;
    for (let i = n - 2; i >= 0; i--)
      for (let a = 0; a < L; a++) {
        const list = succs[a]!;
        let best = -Infinity;
        for (let j = 0; j < list.length; j++) {
          const b = list[j]!;
          const v = t[(a + 1) * W + b]! + E[(i + 1) * L + b]! + bwd[(i + 1) * L + b]!;
          if (v > best) best = v;
        }
        bwd[i * L + a] = best;
      }
    for (let k = 0; k < n * L; k++) fwd[k]! += bwd[k]!;
    return fwd;
  }

  /** Stage-1 labels and emission scores of one sentence. */
  tagSentence(s: SentenceInfo): PassResult {
    const scores = this.emissions(this.stage1, s);
    return { labels: this.viterbi(this.stage1, scores, s.words.length), scores };
  }

  /**
   * Tags a document (sentences in order) with both stages; returns BILOU labels and the stage-2
   * emission scores of each sentence (for confidences).
   */
  tagDocument(sentences: readonly SentenceInfo[]): TaggedSentence[] {
    const first = sentences.map((s) => this.tagSentence(s));
    const ev = collectDocEvidence(
      sentences,
      first.map((f) => f.labels),
    );
    return sentences.map((s, si) => ({ ...this.secondPass(ev, s, first[si]!), first: first[si]! }));
  }

  /** Stage 2 for one sentence given document evidence and the sentence's stage-1 result. */
  secondPass(ev: DocEvidence, s: SentenceInfo, first: PassResult): PassResult {
    const st = this.stage2;
    const scores = st.stack
      ? this.stackedEmissions(st, s, first, ev)
      : this.emissions(st, s, (i, out) => docFeatures(ev, s, first.labels, i, out));
    return { labels: this.viterbi(st, scores, s.words.length), scores };
  }
}
