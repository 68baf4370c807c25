/**
 * Document evidence for the second tagging pass (Ratinov and Roth's two-stage prediction
 * aggregation): what the first pass said about the other occurrences of a word in the same
 * document, whether the word is also written in lower case there, and which longer names it is
 * part of. Headlines in capitals and short second mentions ("Mujahid") are decided by this.
 */
import { hashCombine } from './hash';
import type { HashSink, SentenceInfo } from './features';
import { labelPos, labelType, O } from './labels';

const T_DOC = 2000;

/** Aggregated first-pass evidence over one document. */
export interface DocEvidence {
  /** Per normal-form hash: counts of first-pass O, PER, ORG, LOC, MISC. */
  types: Map<number, Int32Array>;
  /** Per normal-form hash: counts of (type * 3 + role) inside multi-word names; role 0 first, 1 middle, 2 last. */
  parts: Map<number, Int32Array>;
  /** Normal forms seen in lower case away from a sentence start. */
  lower: Set<number>;
}

/** Collects the first-pass evidence of a document. */
export function collectDocEvidence(sentences: readonly SentenceInfo[], labels: readonly ArrayLike<number>[]): DocEvidence {
  const types = new Map<number, Int32Array>();
  const parts = new Map<number, Int32Array>();
  const lower = new Set<number>();
  sentences.forEach((s, si) => {
    const lab = labels[si]!;
    let entStart = -1;
    for (let i = 0; i < s.words.length; i++) {
      const h = s.norm[i]!;
      const l = lab[i]!;
      const cc = s.cls[i]!;
      if (cc === 1 && i > 0) lower.add(h);
      if (cc < 2 || cc > 4) continue;
      let t = types.get(h);
      if (!t) types.set(h, (t = new Int32Array(5)));
      t[l === O ? 0 : labelType(l) + 1]!++;
      const pos = labelPos(l);
      if (pos === 0) entStart = i;
      if (pos === 2 && entStart >= 0) {
        const type = labelType(l);
        for (let j = entStart; j <= i; j++) {
          const hj = s.norm[j]!;
          let p = parts.get(hj);
          if (!p) parts.set(hj, (p = new Int32Array(12)));
          p[type * 3 + (j === entStart ? 0 : j === i ? 2 : 1)]!++;
        }
        entStart = -1;
      }
    }
  });
  return { types, parts, lower };
}

function bucket(share: number): number {
  return share >= 0.99 ? 3 : share >= 0.5 ? 2 : 1;
}

/**
 * Pushes the document features of token i of sentence s, whose first-pass labels are `lab`.
 * The token's own first-pass vote is taken out of the aggregates so that it does not vote twice.
 */
export function docFeatures(ev: DocEvidence, s: SentenceInfo, lab: ArrayLike<number>, i: number, out: HashSink): void {
  const d = (template: number, value: number): void => {
    out.push(hashCombine(T_DOC + template, value));
  };
  const n = s.words.length;
  const l = lab[i]!;
  d(0, l);
  d(1, i > 0 ? lab[i - 1]! : 99);
  d(2, i + 1 < n ? lab[i + 1]! : 99);
  const cc = s.cls[i]!;
  if (cc < 2 || cc > 4) return;
  const h = s.norm[i]!;
  const own = l === O ? 0 : labelType(l) + 1;
  const t = ev.types.get(h);
  if (t) {
    let total = 0;
    for (let k = 0; k < 5; k++) total += t[k]! - (k === own ? 1 : 0);
    if (total > 0) {
      for (let k = 0; k < 5; k++) {
        const c = t[k]! - (k === own ? 1 : 0);
        if (c > 0) {
          d(3, k * 4 + bucket(c / total));
          d(4, hashCombine(k * 4 + bucket(c / total), cc));
        }
      }
    } else d(5, cc);
  }
  const p = ev.parts.get(h);
  if (p) {
    // Leave out this token's own part in a multi-word name.
    const pos = labelPos(l);
    const ownPart = pos === 0 ? 0 : pos === 1 ? 1 : pos === 2 ? 2 : -1;
    for (let k = 0; k < 12; k++) {
      const c = p[k]! - (ownPart >= 0 && k === labelType(l) * 3 + ownPart ? 1 : 0);
      if (c > 0) d(6, k);
    }
  }
  if (ev.lower.has(h)) d(7, hashCombine(cc, i === 0 ? 1 : 0));
}
