// Keeps the languages complete: every message and term of English exists in every language
// with the same attributes and the same variables, nothing is left over, every file parses,
// every reference resolves, and every id the code names exists.

import { parse, Visitor, type Message, type Term, type VariableReference, type Resource } from "@fluent/syntax";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { locale, setLanguage, sources, t } from "./i18n.svelte";
import { DOCUMENT_LANGUAGES } from "./words";

const UI_LANGUAGES = DOCUMENT_LANGUAGES.map((l) => l.code);
import { appFiles } from "./i18n-test-support";
import { pseudoBundle, pseudoText } from "./pseudo";

type Entry = { variables: string[]; attributes: string[]; file: string };

class Variables extends Visitor {
  found = new Set<string>();
  override visitVariableReference(node: VariableReference): void {
    this.found.add(node.id.name);
  }
}

function entries(language: string): { messages: Map<string, Entry>; terms: Map<string, Entry>; junk: string[] } {
  const messages = new Map<string, Entry>();
  const terms = new Map<string, Entry>();
  const junk: string[] = [];
  for (const { path, text } of sources(language)) {
    const resource: Resource = parse(text, {});
    for (const entry of resource.body) {
      if (entry.type === "Junk") junk.push(`${path}: ${entry.annotations.map((a) => a.message).join("; ")}`);
      if (entry.type !== "Message" && entry.type !== "Term") continue;
      const node = entry as Message | Term;
      const variables = new Variables();
      variables.visit(node);
      const value: Entry = {
        variables: [...variables.found].sort(),
        attributes: node.attributes.map((a) => a.id.name).sort(),
        file: path.split("/").pop() ?? path,
      };
      const into = entry.type === "Message" ? messages : terms;
      if (into.has(node.id.name)) junk.push(`${path}: ${node.id.name} is defined twice`);
      into.set(node.id.name, value);
    }
  }
  return { messages, terms, junk };
}

const english = entries("en");

describe("the translation files", () => {
  it("English has messages and glossary terms", () => {
    expect(english.messages.size).toBeGreaterThan(0);
    expect(english.terms.size).toBeGreaterThan(0);
  });

  for (const language of UI_LANGUAGES) {
    it(`${language}: parses, has every message and term of English with the same variables, and no other`, () => {
      const own = entries(language);
      expect(own.junk).toEqual([]);
      for (const kind of ["messages", "terms"] as const) {
        const missing = [...english[kind].keys()].filter((id) => !own[kind].has(id));
        const extra = [...own[kind].keys()].filter((id) => !english[kind].has(id));
        expect(missing, `${language} lacks these ${kind}`).toEqual([]);
        expect(extra, `${language} has these ${kind} that English has not`).toEqual([]);
        const differing = [...english[kind]]
          .filter(([id, en]) => {
            const other = own[kind].get(id);
            // A term's own attributes (grammatical gender, case forms) are the language's own.
            const attributes = kind === "terms" ? true : other?.attributes.join() === en.attributes.join();
            return other && (!attributes || other.variables.join() !== en.variables.join());
          })
          .map(([id, en]) => `${id}: en ${en.variables}/${en.attributes}, ${language} ${own[kind].get(id)?.variables}/${own[kind].get(id)?.attributes}`);
        expect(differing, `${language}: variables or attributes differ from English`).toEqual([]);
      }
    });

    it(`${language}: every message formats without an error, every reference resolves`, () => {
      setLanguage(language);
      const errors: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args.map(String).join(" "));
      try {
        for (const id of english.messages.keys()) {
          const variables = english.messages.get(id)?.variables ?? [];
          const args = Object.fromEntries(variables.map((v) => [v, v.match(/count|^n$|total|done|days|size/) ? 2 : "x"]));
          t(id, args);
        }
      } finally {
        console.error = original;
      }
      expect(errors).toEqual([]);
    });
  }
});

describe("plurals and language choice", () => {
  afterEach(() => setLanguage("en"));

  it("writes Polish's three plural forms", () => {
    setLanguage("pl");
    expect(t("count-contacts", { count: 1 })).toBe("1 kontakt");
    expect(t("count-contacts", { count: 2 })).toBe("2 kontakty");
    expect(t("count-contacts", { count: 5 })).toBe("5 kontaktów");
    expect(t("count-contacts", { count: 22 })).toBe("22 kontakty");
    expect(locale.intl).toBe("pl");
  });

  it("changes language at once", () => {
    setLanguage("de");
    const german = t("count-contacts", { count: 1 });
    setLanguage("en");
    expect(t("count-contacts", { count: 1 })).not.toBe(german);
  });

  it("has a pseudo-locale: accented and 40 % longer, variables kept", () => {
    expect(pseudoText("Save")).toBe("Šáṽé··");
    setLanguage("en-XA", pseudoBundle());
    const text = t("count-contacts", { count: 3 });
    expect(text).toContain("3");
    expect(text).not.toMatch(/[A-Za-z]/);
  });
});

describe("the ids the code names", () => {
  it("exist in English", () => {
    const missing: string[] = [];
    for (const file of appFiles()) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/\bt(?:Attr)?\(\s*"([a-z0-9-]+)"/g)) {
        if (!english.messages.has(match[1])) missing.push(`${file.split("/src/")[1]}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("a sentence with parts inside", () => {
  afterEach(() => setLanguage("en"));

  it("is cut where the language puts the parts", async () => {
    const { parts } = await import("./i18n.svelte");
    expect(parts("source-third-party-named", {}, ["name"])).toEqual([{ text: "Third party: " }, { slot: "name" }]);
    setLanguage("fr");
    expect(parts("source-third-party-named", {}, ["name"])).toEqual([{ text: "Un tiers : " }, { slot: "name" }]);
  });
});

describe("the core's codes", () => {
  it("each have a message: passphrase warnings and suggestions", async () => {
    const { STRENGTH_SUGGESTION_CODES, STRENGTH_WARNING_CODES } = await import("./words");
    const id = (kind: string, code: string) => `strength-${kind}-${code.replaceAll("_", "-")}`;
    const missing = [
      ...STRENGTH_WARNING_CODES.map((c) => id("w", c)),
      ...STRENGTH_SUGGESTION_CODES.map((c) => id("s", c)),
    ].filter((m) => !english.messages.has(m));
    expect(missing).toEqual([]);
  });
});

describe("public holidays", () => {
  afterEach(() => setLanguage("en"));

  it("each have a name in the UI's language, by the core's code", async () => {
    const { HOLIDAY_CODES } = await import("./words");
    const { holidayName } = await import("./format");
    setLanguage("pl");
    const unnamed = HOLIDAY_CODES.filter((code) => holidayName({ code, name: "NOT TRANSLATED" }) === "NOT TRANSLATED");
    expect(unnamed).toEqual([]);
    expect(holidayName({ code: "christmas-eve", name: "Christmas Eve" })).toBe("Wigilia");
    expect(holidayName({ code: "labour-day-moved-from-the-weekend", name: "" })).toBe("Święto Pracy (przeniesione z weekendu)");
  });
});
