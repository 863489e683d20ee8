// Folding text for case- and diacritic-insensitive highlighting (display only: the search
// itself is the core's), and splitting text into highlighted segments.

const SPECIAL: Readonly<Record<string, string>> = {
  ł: "l",
  ø: "o",
  đ: "d",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ı: "i",
};

const MARKS = /\p{M}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const NON_WORD = /[^\p{L}\p{N}]+/u;

function foldChar(char: string): string {
  const lower = char.normalize("NFKD").replace(MARKS, "").toLowerCase();
  let out = "";
  for (const c of lower) out += SPECIAL[c] ?? c;
  return out.replace(MARKS, "");
}

/** Lower-cases `text`, removes diacritics and spells out ł ø đ ß æ œ ı. */
export function fold(text: string): string {
  let out = "";
  for (const char of text) out += foldChar(char);
  return out;
}

/** The words of a query, folded: what to look for. */
export function queryTerms(query: string): string[] {
  return fold(query).split(NON_WORD).filter(Boolean);
}

/** The folded text, and for each of its code units the original code units it came from. */
function foldWithMap(text: string) {
  let folded = "";
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const char of text) {
    const piece = foldChar(char);
    for (let i = 0; i < piece.length; i++) {
      from.push(at);
      to.push(at + char.length);
    }
    folded += piece;
    at += char.length;
  }
  return { folded, from, to };
}

export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Splits `text` into segments, marking as hits the places where a word starts with one of
 * the query's words — ignoring case and diacritics, as the search does.
 */
export function highlight(text: string, query: string): Segment[] {
  const terms = queryTerms(query);
  if (!text || terms.length === 0) return text ? [{ text, hit: false }] : [];
  const { folded, from, to } = foldWithMap(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let s = folded.indexOf(term); s >= 0; s = folded.indexOf(term, s + 1)) {
      if (s > 0 && WORD_CHAR.test(folded[s - 1] ?? "")) continue;
      const e = s + term.length;
      // Take in whole characters, and any combining marks after the last one.
      const end = e < folded.length ? Math.max(to[e - 1] ?? 0, from[e] ?? 0) : text.length;
      ranges.push([from[s] ?? 0, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (end <= cursor) continue;
    const begin = Math.max(start, cursor);
    if (begin > cursor) segments.push({ text: text.slice(cursor, begin), hit: false });
    const last = segments[segments.length - 1];
    if (last?.hit && begin === cursor) last.text += text.slice(begin, end);
    else segments.push({ text: text.slice(begin, end), hit: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), hit: false });
  return segments;
}
