// The maths of a virtualised list with fixed-height rows, loaded in pages by offset.

/** Rows `start` (inclusive) to `end` (exclusive). */
export interface RowRange {
  start: number;
  end: number;
}

/** The rows to render: those in the viewport plus `overscan` rows either side. */
export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  total: number,
  overscan: number,
): RowRange {
  if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewportHeight)) / rowHeight);
  const start = Math.min(Math.max(0, first - overscan), total - 1);
  const end = Math.min(total, last + overscan);
  return { start, end: Math.max(start + 1, end) };
}

/** The page holding row `index`. */
export function pageOf(index: number, pageSize: number): number {
  return Math.floor(index / pageSize);
}

/** The pages that hold the rows of `range`, in order. */
export function pagesFor(range: RowRange, pageSize: number): number[] {
  if (range.end <= range.start) return [];
  const pages: number[] = [];
  for (let p = pageOf(range.start, pageSize); p <= pageOf(range.end - 1, pageSize); p++) pages.push(p);
  return pages;
}

/** Ascending page numbers grouped into runs of consecutive pages (`end` exclusive). */
export function pageRuns(pages: number[]): RowRange[] {
  const runs: RowRange[] = [];
  for (const page of pages) {
    const last = runs[runs.length - 1];
    if (last && last.end === page) last.end = page + 1;
    else runs.push({ start: page, end: page + 1 });
  }
  return runs;
}

/** How many whole rows fit in the viewport (at least one): the step of PageUp/PageDown. */
export function rowsPerPage(viewportHeight: number, rowHeight: number): number {
  return Math.max(1, Math.floor(viewportHeight / rowHeight));
}

/**
 * Where a navigation key moves the selection in a list of `total` rows (-1 = nothing
 * selected), or null if the key is not one that moves it.
 */
export function moveSelection(key: string, current: number, total: number, pageRows: number): number | null {
  if (total <= 0) return null;
  const last = total - 1;
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  switch (key) {
    case "ArrowDown":
      return current < 0 ? 0 : clamp(current + 1);
    case "ArrowUp":
      return current < 0 ? 0 : clamp(current - 1);
    case "Home":
      return 0;
    case "End":
      return last;
    case "PageDown":
      return clamp(Math.max(current, 0) + pageRows);
    case "PageUp":
      return clamp(current - pageRows);
    default:
      return null;
  }
}

/** The scroll offset that brings row `index` fully into view, moving as little as possible. */
export function scrollToShow(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}
