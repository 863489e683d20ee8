// The app's languages. Every word the UI shows is a Fluent message in
// `src/locales/<language>/<domain>.ftl`; the legal terms they share with the documents are
// Fluent terms in the documents' glossary (`crates/custos-documents/locales/<language>/
// glossary.ftl`), so a screen and a PDF say "administrator danych" the same way.
//
// `t(id, args)` reads the current language, a `$state`: whatever calls it in a template or a
// `$derived` shows again in the new language the moment it changes, without a restart.
// Dates, numbers and lists go through `Intl` in the same language (the `format*` functions).

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { DocumentLanguage } from "./words";

/** The languages the app speaks: those documents are written in (custos-documents'
 * `Language`; `DOCUMENT_LANGUAGES` in words.ts lists them by their own names). */
export type UiLanguage = DocumentLanguage;

/** What `t` may be given for a message's variables. */
export type Args = Record<string, FluentVariable | null | undefined>;

const APP_FILES = import.meta.glob("../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

const GLOSSARY_FILES = import.meta.glob("../../../crates/custos-documents/locales/*/glossary.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** The Fluent sources of a language: its glossary first, then its app files by name. */
export function sources(language: string): { path: string; text: string }[] {
  const glossary = Object.entries(GLOSSARY_FILES).filter(([path]) => path.includes(`/locales/${language}/`));
  const app = Object.entries(APP_FILES)
    .filter(([path]) => path.startsWith(`../locales/${language}/`))
    .sort(([a], [b]) => a.localeCompare(b));
  return [...glossary, ...app].map(([path, text]) => ({ path, text }));
}

/** A bundle of `language`'s messages; `texts` replaces its sources (the pseudo-locale). */
export function makeBundle(locale: string, texts: string[]): FluentBundle {
  // No Unicode isolation marks around arguments: all seven languages run left to right, and
  // the marks would end up in copied text and in what tests and screen readers read.
  const bundle = new FluentBundle(locale, { useIsolating: false });
  for (const text of texts) {
    const errors = bundle.addResource(new FluentResource(text));
    if (errors.length > 0) console.error(`Custos: messages of ${locale}:`, errors);
  }
  return bundle;
}

const bundles = new Map<string, FluentBundle>();

function bundleOf(language: string): FluentBundle {
  let bundle = bundles.get(language);
  if (!bundle) {
    bundle = makeBundle(
      language,
      sources(language).map((s) => s.text),
    );
    bundles.set(language, bundle);
  }
  return bundle;
}

class Locale {
  /** The language the UI shows now ("en" until the app's settings say otherwise). */
  language = $state<string>("en");

  /** The BCP 47 tag `Intl` formats in: the language as the UI shows it. */
  get intl(): string {
    return this.language === PSEUDO ? "en" : this.language;
  }
}

/** The pseudo-locale's code: English accented and 40 % longer, for checks (never offered). */
export const PSEUDO = "en-XA";

export const locale = new Locale();

/** Shows the UI in `language` from now on (no restart); `bundle` supplies its messages for a
 * language that has no files (the pseudo-locale). */
export function setLanguage(language: string, bundle?: FluentBundle): void {
  if (bundle) bundles.set(language, bundle);
  locale.language = language;
  if (typeof document !== "undefined") document.documentElement.lang = locale.intl;
}

/** Message `id` (or its `attribute`) of `language` with `args`; null when it has none. With
 * `strict`, also null when a variable it names is missing (else that is reported and shown). */
function format(language: string, id: string, attribute: string | null, args?: Args, strict = false): string | null {
  const bundle = bundleOf(language);
  const message = bundle.getMessage(id);
  const pattern = attribute === null ? message?.value : message?.attributes[attribute];
  if (!pattern) return null;
  const errors: Error[] = [];
  const clean: Record<string, FluentVariable> = {};
  for (const [key, value] of Object.entries(args ?? {})) if (value !== null && value !== undefined) clean[key] = value;
  const text = bundle.formatPattern(pattern, clean, errors);
  if (errors.length === 0) return text;
  if (strict) return null;
  console.error(`Custos: message ${id} in ${language}:`, errors);
  return text;
}

/** The message `id` in the UI's language with `args` (a missing one falls back to English,
 * then to its id: the checks in `i18n.test.ts` keep every language complete). */
export function t(id: string, args?: Args): string {
  return format(locale.language, id, null, args) ?? format("en", id, null, args) ?? id;
}

/** The message `id` in the UI's language only when every variable it names is in `args` (else
 * null): for words built from data another program sent, which may lack a part. */
export function tComplete(id: string, args: Args): string | null {
  const language = bundleOf(locale.language).hasMessage(id) ? locale.language : "en";
  return format(language, id, null, args, true);
}

/** The attribute `.attribute` of message `id` (a tooltip or accessible label beside it). */
export function tAttr(id: string, attribute: string, args?: Args): string {
  return format(locale.language, id, attribute, args) ?? format("en", id, attribute, args) ?? `${id}.${attribute}`;
}

/** A piece of a message: text, or the place of a named part the caller renders itself. */
export type Part = { text: string } | { slot: string };

/** The message `id` cut at the variables named in `slots`, for a sentence with a link, a
 * button or bold text inside it (`Message.svelte` renders it): the translation decides where
 * they go, nothing is glued together in English order. */
export function parts(id: string, args: Args, slots: readonly string[]): Part[] {
  const marked: Args = { ...args };
  slots.forEach((name, i) => (marked[name] = `\u{E000}${i}\u{E001}`));
  const text = t(id, marked);
  const out: Part[] = [];
  for (const piece of text.split(/(\u{E000}\d+\u{E001})/u)) {
    const slot = /^\u{E000}(\d+)\u{E001}$/u.exec(piece);
    if (slot) out.push({ slot: slots[Number(slot[1])] });
    else if (piece) out.push({ text: piece });
  }
  return out;
}

/** A table of labels read through `t` at the moment they are read (so a template that shows
 * `TABLE[key]` follows the language): key `former_customer` of prefix `status` is message
 * `status-former-customer`. */
export function labels<K extends string>(prefix: string, keys: readonly K[]): Readonly<Record<K, string>> {
  const table = {} as Record<K, string>;
  for (const key of keys) {
    Object.defineProperty(table, key, { get: () => t(`${prefix}-${key.replaceAll("_", "-")}`), enumerable: true });
  }
  return table;
}

/** Whether message `id` exists (for ids made from a code the core sent). */
export function hasMessage(id: string): boolean {
  return bundleOf("en").hasMessage(id);
}

/** A list in the UI's language: "A, B and C", "A, B i C". */
export function formatList(items: readonly string[], type: "conjunction" | "disjunction" = "conjunction"): string {
  return new Intl.ListFormat(locale.intl, { style: "long", type }).format(items);
}

/** A number in the UI's language: "100,000", "100 000", "100.000". */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(locale.intl).format(n);
}
