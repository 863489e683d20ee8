// The pseudo-locale: every English message with its letters accented and 40 % longer, so a
// check can see at once what was not translated (plain letters) and what a longer language
// cuts off. Variables, terms and selectors are kept: only text is changed.

import { parse, serialize, Transformer, type TextElement } from "@fluent/syntax";
import type { FluentBundle } from "@fluent/bundle";
import { makeBundle, PSEUDO, sources } from "./i18n.svelte";

const ACCENTED: Record<string, string> = {
  a: "á", b: "ƀ", c: "ç", d: "ð", e: "é", f: "ƒ", g: "ĝ", h: "ĥ", i: "î", j: "ĵ", k: "ķ", l: "ļ", m: "ɱ",
  n: "ñ", o: "ö", p: "þ", q: "ǫ", r: "ŕ", s: "š", t: "ţ", u: "û", v: "ṽ", w: "ŵ", x: "ẋ", y: "ý", z: "ž",
  A: "Å", B: "Ɓ", C: "Ç", D: "Ð", E: "É", F: "Ƒ", G: "Ĝ", H: "Ĥ", I: "Î", J: "Ĵ", K: "Ķ", L: "Ļ", M: "Ṁ",
  N: "Ñ", O: "Ö", P: "Þ", Q: "Ǫ", R: "Ŕ", S: "Š", T: "Ţ", U: "Û", V: "Ṽ", W: "Ŵ", X: "Ẋ", Y: "Ý", Z: "Ž",
};

/** `text` accented and padded to 140 % of its length (at least one padding letter). */
export function pseudoText(text: string): string {
  const accented = [...text].map((c) => ACCENTED[c] ?? c).join("");
  const letters = [...text].filter((c) => /\p{L}/u.test(c)).length;
  if (letters === 0) return accented;
  const padding = Math.max(1, Math.round(text.length * 0.4));
  return accented + "·".repeat(padding);
}

class Pseudo extends Transformer {
  override visitTextElement(node: TextElement): TextElement {
    node.value = pseudoText(node.value);
    return node;
  }
}

/** The pseudo-locale's sources: English's, transformed. */
export function pseudoSources(): string[] {
  return sources("en").map(({ text }) => serialize(new Pseudo().visit(parse(text, {})) as never, {}));
}

/** A bundle for `setLanguage(PSEUDO, pseudoBundle())`. */
export function pseudoBundle(): FluentBundle {
  return makeBundle(PSEUDO, pseudoSources());
}
