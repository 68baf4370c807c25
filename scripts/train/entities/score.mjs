// Exact-match span F1 per type, the same counting as /work/shared/eval/score-entities.mjs.
function spans(tags) {
  const out = [];
  let cur = null;
  tags.forEach((t, i) => {
    const type = t.slice(2);
    if (t === 'O' || t.startsWith('B-') || !cur || cur.type !== type) {
      if (cur) out.push(cur);
      cur = t === 'O' ? null : { type, start: i, end: i + 1 };
    } else cur.end = i + 1;
  });
  if (cur) out.push(cur);
  return out;
}

/** Scores predicted IOB2 tag lists against gold ones: { ALL: {p, r, f}, PER: …, … }. */
export function scoreTags(goldTags, predTags) {
  const st = {};
  const bump = (type, field) => {
    for (const k of [type, 'ALL']) (st[k] ??= { tp: 0, np: 0, ng: 0 })[field]++;
  };
  goldTags.forEach((g, i) => {
    const gs = spans(g);
    const ps = spans(predTags[i]);
    const gk = new Set(gs.map((e) => `${e.type}:${e.start}:${e.end}`));
    gs.forEach((e) => bump(e.type, 'ng'));
    ps.forEach((e) => {
      bump(e.type, 'np');
      if (gk.has(`${e.type}:${e.start}:${e.end}`)) bump(e.type, 'tp');
    });
  });
  const out = {};
  for (const [k, { tp, np, ng }] of Object.entries(st)) {
    const p = np ? tp / np : 0;
    const r = ng ? tp / ng : 0;
    out[k] = { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
  }
  return out;
}

export function formatScore(s) {
  return ['ALL', 'PER', 'ORG', 'LOC', 'MISC']
    .map((k) => `${k} ${((s[k]?.f ?? 0) * 100).toFixed(2)}`)
    .join('  ');
}
