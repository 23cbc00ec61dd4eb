// Binary search over a predicate, for the sorted lists the cards read and the page's nodes in
// reading order.

/** The first k in [0, length) where `holds` does (it holds from some k on), else length. */
export function firstAtLeast(length: number, holds: (k: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
