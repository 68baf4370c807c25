/**
 * The first index in [0, n) at which `before` turns false, for a `before` that is true on a prefix
 * and false after it (a binary search: the token ending after an offset, the quotation opening after it).
 */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
