// Cutting a text at the marks the core found (UTF-16 offsets, as JavaScript indexes strings).
// Which parts match is the core's answer (`SearchHit.marks`, `highlight`); this only slices.

import type { Mark } from "./bindings/Mark";

export interface Segment {
  text: string;
  hit: boolean;
}

/** `text` as plain and marked segments, in order; marks out of range or overlapping are clipped. */
export function segments(text: string, marks: readonly Mark[]): Segment[] {
  const out: Segment[] = [];
  let cursor = 0;
  for (const { start, end } of [...marks].sort((a, b) => a.start - b.start)) {
    const from = Math.max(start, cursor);
    const to = Math.min(end, text.length);
    if (to <= from) continue;
    if (from > cursor) out.push({ text: text.slice(cursor, from), hit: false });
    out.push({ text: text.slice(from, to), hit: true });
    cursor = to;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor), hit: false });
  return out;
}
