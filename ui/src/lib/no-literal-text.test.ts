// No user-visible text is written into the components: it comes from the translation files.
//
// How it tells text from code: it does not search the files with patterns but reads them as
// the compilers do. Svelte's parser gives the template's text nodes and attribute values
// apart from expressions, scripts and styles: any text node with a letter is a literal the
// user sees, as is a letter in an attribute a person reads (title, placeholder, aria-label,
// alt, label…) or, on a component, a prop value that reads as words ("Vault file", not
// "primary"). TypeScript's parser gives the string literals of scripts and `.ts` modules; one
// that reads as prose (two words or more and a capital letter or a sentence's end: "Choose
// a file.", not "contacts-import-progress" or "btn primary") is text, unless it is what a
// developer reads (`console.*`, `new Error(…)`), or its line says `i18n-ignore`. A single
// word set in a script (a button's "Save") is what the pseudo-locale run catches instead: it
// shows in plain letters among accented ones.

import { readFileSync } from "node:fs";
import { parse } from "svelte/compiler";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { appFiles } from "./i18n-test-support";

/** Attributes whose value a person reads or hears. */
const READ_ATTRIBUTES = new Set([
  "title",
  "placeholder",
  "alt",
  "label",
  "aria-label",
  "aria-description",
  "aria-placeholder",
  "aria-roledescription",
  "aria-valuetext",
]);

/** Letters that are not words to translate: the product's name. */
const NAMES = /\bCustos\b/g;

const hasLetters = (text: string) => /\p{L}/u.test(text.replace(NAMES, ""));

/** Reads as words a person is meant to read. */
function prose(text: string): boolean {
  const s = text.replace(NAMES, "").trim();
  if (!/\p{L}{2,}[ ,.:;!?…]+\p{L}/u.test(s)) return false;
  return /^\p{Lu}/u.test(s) || /[.…!?:]$/.test(s);
}

type Node = { type?: string; start?: number; [key: string]: unknown };

function lineOf(source: string, offset: number): number {
  return source.slice(0, offset).split("\n").length;
}

function templateFindings(file: string, source: string): string[] {
  const found: string[] = [];
  const ast = parse(source, { modern: true });
  const walk = (node: unknown, parent: Node | null) => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, parent));
    if (!node || typeof node !== "object") return;
    const n = node as Node;
    if (n.type === "Text" && parent?.type !== "Attribute" && hasLetters(String(n.data))) {
      found.push(`${file}:${lineOf(source, n.start ?? 0)}: text "${String(n.data).trim()}"`);
    }
    // `style:height="{h}px"`, `class:x`, `bind:…`: code, not words.
    if (typeof n.type === "string" && n.type.endsWith("Directive")) return;
    if (n.type === "Attribute" && Array.isArray(n.value)) {
      const text = n.value
        .filter((v: Node) => v.type === "Text")
        .map((v: Node) => String(v.data))
        .join(" ");
      const name = String(n.name);
      const onComponent = parent?.type === "Component";
      if ((READ_ATTRIBUTES.has(name) && hasLetters(text)) || (onComponent && prose(text))) {
        found.push(`${file}:${lineOf(source, n.start ?? 0)}: attribute ${name}="${text}"`);
      }
      return;
    }
    for (const [key, value] of Object.entries(n)) {
      if (key === "instance" || key === "module" || key === "css" || key === "metadata") continue;
      if (value && typeof value === "object") walk(value, n);
    }
  };
  walk(ast.fragment, null);
  return found;
}

function scriptFindings(file: string, source: string, offset: number, whole: string): string[] {
  const found: string[] = [];
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const excused = (node: ts.Node): boolean => {
    for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
      if (ts.isCallExpression(p) || ts.isNewExpression(p)) {
        const callee = p.expression.getText(sourceFile);
        if (/^console\.|^Error$|^TypeError$/.test(callee)) return true;
      }
      if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isTypeNode(p)) return true;
    }
    return false;
  };
  const visit = (node: ts.Node) => {
    const texts: string[] = [];
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts.push(node.text);
    if (ts.isTemplateExpression(node)) {
      texts.push([node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" x "));
    }
    for (const text of texts) {
      const at = offset + node.getStart(sourceFile);
      const line = whole.split("\n")[lineOf(whole, at) - 1] ?? "";
      if (prose(text) && !excused(node) && !line.includes("i18n-ignore")) {
        found.push(`${file}:${lineOf(whole, at)}: string "${text}"`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** Every literal text a person would see in `file`. */
export function literalText(file: string, whole: string): string[] {
  if (!file.endsWith(".svelte")) return scriptFindings(file, whole, 0, whole);
  const found = templateFindings(file, whole);
  for (const match of whole.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) {
    const offset = (match.index ?? 0) + match[0].indexOf(match[1]);
    found.push(...scriptFindings(file, match[1], offset, whole));
  }
  return found;
}

describe("literal text", () => {
  it("is caught in templates, attributes and scripts, and code is not", () => {
    const component = [
      '<script lang="ts">',
      '  let error = $state("Choose a file first.");',
      '  const kind = "btn primary";',
      '  console.error("Custos: could not do it.");',
      '  const ok = "Fine by me"; // i18n-ignore',
      "</script>",
      '<p class="muted">Hello</p>',
      '<input placeholder="Search" aria-label={label} />',
      '<PathField label="Vault file" kind="primary" />',
      "<span>{t('x')} · 3</span>",
      '<div style:height="{h}px" style:transform="translateY({y}px)"></div>',
    ].join("\n");
    expect(literalText("Demo.svelte", component)).toEqual([
      'Demo.svelte:7: text "Hello"',
      'Demo.svelte:8: attribute placeholder="Search"',
      'Demo.svelte:9: attribute label="Vault file"',
      'Demo.svelte:2: string "Choose a file first."',
    ]);
    expect(literalText("x.ts", 'export const a = "Internal error: report it.";\nconst b = "x-y";')).toEqual([
      'x.ts:1: string "Internal error: report it."',
    ]);
  });

  it("is nowhere in the app's components and modules", () => {
    const found = appFiles().flatMap((file) => literalText(file.split("/src/")[1], readFileSync(file, "utf8")));
    expect(found).toEqual([]);
  });
});
