/**
 * The tagger's label set: BILOU states over four CoNLL types, and the conversion to and from the
 * IOB2 tags the CLI and the data sets use. BILOU (begin, inside, last, unit) lets a linear model
 * learn where names end, which IOB2 cannot express (Ratinov and Roth 2009).
 */

/** The CoNLL entity types in label order. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** A CoNLL entity type. */
export type ConllType = (typeof ENTITY_TYPES)[number];

/** Number of BILOU labels: O plus four positions for each type. */
export const LABEL_COUNT = 1 + ENTITY_TYPES.length * 4;

const POS = ['B', 'I', 'L', 'U'] as const;

/** Label index of O. */
export const O = 0;

/** The BILOU label index of a type and position (0 B, 1 I, 2 L, 3 U). */
export function labelOf(type: number, pos: number): number {
  return 1 + type * 4 + pos;
}

/** The type index of a label (-1 for O). */
export function labelType(label: number): number {
  return label === O ? -1 : (label - 1) >> 2;
}

/** The position of a label: 0 B, 1 I, 2 L, 3 U (-1 for O). */
export function labelPos(label: number): number {
  return label === O ? -1 : (label - 1) & 3;
}

/** The label's name, e.g. "U-LOC". */
export function labelName(label: number): string {
  return label === O ? 'O' : `${POS[labelPos(label)]}-${ENTITY_TYPES[labelType(label)]}`;
}

/** Whether `next` may follow `prev` in a BILOU sequence (-1 stands for the sentence edge). */
export function allowedTransition(prev: number, next: number): boolean {
  const open = prev !== -1 && prev !== O && (labelPos(prev) === 0 || labelPos(prev) === 1);
  if (next === -1) return !open;
  const np = labelPos(next);
  if (open) return (np === 1 || np === 2) && labelType(next) === labelType(prev);
  return next === O || np === 0 || np === 3;
}

/** Converts IOB2 tags to BILOU label indices. Unknown types are read as O. */
export function iob2ToBilou(tags: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    const type = ENTITY_TYPES.indexOf(t.slice(2) as ConllType);
    if (t === 'O' || type < 0) {
      out.push(O);
      continue;
    }
    const begins = t.startsWith('B-') || i === 0 || tags[i - 1]!.slice(2) !== t.slice(2) || tags[i - 1] === 'O';
    const next = tags[i + 1];
    const continues = next !== undefined && next.startsWith('I-') && next.slice(2) === t.slice(2);
    out.push(labelOf(type, begins ? (continues ? 0 : 3) : continues ? 1 : 2));
  }
  return out;
}

/** Converts BILOU label indices to IOB2 tags. */
export function bilouToIob2(labels: ArrayLike<number>): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (l === O) out.push('O');
    else {
      const p = labelPos(l);
      out.push(`${p === 0 || p === 3 ? 'B' : 'I'}-${ENTITY_TYPES[labelType(l)]}`);
    }
  }
  return out;
}
