/**
 * The `k` best of `count` candidates (indexes into `scores`), best first, ties to the lower
 * `tieBreak` value: a bounded min-heap, O(n log k), no array per candidate.
 */
export function topK(
  candidates: ArrayLike<number>,
  count: number,
  scores: ArrayLike<number>,
  k: number,
  tieBreak: (a: number, b: number) => number = (a, b) => a - b,
): number[] {
  const heap: number[] = [];
  // a is worse than b: lower score, or equal score and later in the tie order.
  const worse = (a: number, b: number) => scores[a] < scores[b] || (scores[a] === scores[b] && tieBreak(a, b) > 0);
  const siftDown = (at: number) => {
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let worst = at;
      if (left < heap.length && worse(heap[left], heap[worst])) worst = left;
      if (right < heap.length && worse(heap[right], heap[worst])) worst = right;
      if (worst === at) return;
      [heap[at], heap[worst]] = [heap[worst], heap[at]];
      at = worst;
    }
  };
  for (let c = 0; c < count; c++) {
    const item = candidates[c];
    if (heap.length < k) {
      heap.push(item);
      for (let at = heap.length - 1; at > 0;) {
        const parent = (at - 1) >> 1;
        if (!worse(heap[at], heap[parent])) break;
        [heap[at], heap[parent]] = [heap[parent], heap[at]];
        at = parent;
      }
    } else if (k > 0 && worse(heap[0], item)) {
      heap[0] = item;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
