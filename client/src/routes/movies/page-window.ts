/**
 * Numbered pages to show: the first, the last, and two either side of the current one, with
 * `null` where a gap is elided. Keeps the pager short on a 10,000-movie catalogue.
 */
export function pageWindow(current: number, pages: number, radius = 2): Array<number | null> {
  const shown: Array<number | null> = [];
  for (let n = 1; n <= pages; n++) {
    const near = Math.abs(n - current) <= radius;
    if (n === 1 || n === pages || near) shown.push(n);
    else if (shown[shown.length - 1] !== null) shown.push(null);
  }
  return shown;
}
