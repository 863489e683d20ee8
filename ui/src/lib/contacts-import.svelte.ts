// The contacts import wizard's state: the file chosen (kept by the shell under a session
// number: only what the steps show crosses IPC), its columns' fields as codes, the rows as the
// core would import them, the source and status, the preview's duplicates with the user's
// decisions, the import's progress and what it did. Every rule is the core's: this holds
// what the user chose and what the commands answered.

import type { UnlistenFn } from "@tauri-apps/api/event";
import {
  cancelContactsImport,
  closeContactsFile,
  errorMessage,
  whileBusy,
  importContacts,
  onContactsImportProgress,
  openContactsFile,
  previewContactsImport,
  previewContactsMapping,
  said,
  saveContactsMapping,
  undoContactsImport,
} from "./api";
import type { ContactsFile } from "./bindings/ContactsFile";
import type { ContactsImportPreview } from "./bindings/ContactsImportPreview";
import type { DataSource } from "./bindings/DataSource";
import type { Decision } from "./bindings/Decision";
import type { ImportedContacts } from "./bindings/ImportedContacts";
import type { LifecycleStatus } from "./bindings/LifecycleStatus";
import type { MappedRow } from "./bindings/MappedRow";
import type { MatchedBy } from "./bindings/MatchedBy";
import type { UndoneImport } from "./bindings/UndoneImport";
import { labels, t } from "./i18n.svelte";

export type ImportStep = "file" | "mapping" | "options" | "review" | "importing" | "summary";

/** The steps as the wizard lists them (a vCard file has no mapping step). */
export const STEP_TITLES: Readonly<Record<ImportStep, string>> = labels("address-book-import-step", [
  "file",
  "mapping",
  "options",
  "review",
  "importing",
  "summary",
]);

export const DECISION_WORDS: Readonly<Record<Decision, string>> = labels("address-book-import-decision", [
  "merge",
  "skip",
  "new",
]);

/** Why a row is a duplicate, as the duplicates step lists it. */
export const MATCHED_BY_LABELS: Readonly<Record<MatchedBy, string>> = labels("address-book-review-matched", [
  "email",
  "phone",
  "name",
]);

const POINT_KINDS = ["email", "phone", "address"] as const;
const ADDRESS_PARTS = ["street", "postal_code", "city", "region", "country"] as const;
const SIMPLE_FIELDS = [
  "ignore",
  "display_name",
  "given_name",
  "middle_name",
  "family_name",
  "organisation",
  "job_title",
  "tags",
  "notes",
] as const;
const CSV_LABELS = ["work", "home", "mobile", "other"] as const;

const includes = <T extends string>(list: readonly T[], value: string | undefined): value is T =>
  (list as readonly string[]).includes(value ?? "");

/** A field a CSV column may be given, in the UI's language, from its code (`email:work:2`,
 * `city:home`, `label:phone`, `notes`: the core's `Field` as text); `words`, the core's own
 * (English) words, for a code this does not know. */
export function csvFieldLabel(code: string, words: string): string {
  const [head, ...rest] = code.split(":");
  if (rest.length === 0 && includes(SIMPLE_FIELDS, head)) return t(`address-book-csv-field-${head.replaceAll("_", "-")}`);
  const group = (text: string | undefined) => (text === undefined ? 0 : /^\d+$/.test(text) ? Number(text) : NaN);
  if (head === "label") {
    const g = group(rest[1]);
    if (!includes(POINT_KINDS, rest[0]) || rest.length > 2 || Number.isNaN(g)) return words;
    return t(`address-book-csv-labels-${rest[0]}`, { group: g });
  }
  const g = group(rest[1]);
  if (!includes(CSV_LABELS, rest[0]) || rest.length > 2 || Number.isNaN(g)) return words;
  const label = t(`address-book-csv-label-${rest[0]}`);
  if (includes(POINT_KINDS, head)) return t(`address-book-csv-${head}`, { group: g, label });
  if (includes(ADDRESS_PARTS, head)) {
    const part = t(`address-book-csv-part-${head.replaceAll("_", "-")}`);
    return t("address-book-csv-address-part", { group: g, label, part });
  }
  return words;
}

export const DECISIONS: readonly Decision[] = ["merge", "skip", "new"];

export type SourceKind = DataSource["kind"];

/** Each column's first value in the file's first rows, for the mapping step to show beside it. */
export function exampleValues(file: ContactsFile): string[] {
  const csv = file.csv;
  if (!csv) return [];
  return csv.header.map((_, i) => csv.sample.map((row) => row.fields[i]?.trim() ?? "").find((v) => v !== "") ?? "");
}

export class ContactsImport {
  step = $state<ImportStep>("file");
  path = $state("");
  file = $state.raw<ContactsFile | null>(null);
  /** The field code of each column (CSV). */
  mapping = $state<string[]>([]);
  /** The first rows as the core would import them under `mapping`. */
  rows = $state.raw<MappedRow[]>([]);
  mappingName = $state("");
  /** The name the mapping was saved under in this wizard. */
  savedAs = $state<string | null>(null);
  sourceKind = $state<SourceKind>("third_party");
  sourceName = $state("");
  status = $state<LifecycleStatus>("lead");
  tag = $state("");
  preview = $state.raw<ContactsImportPreview | null>(null);
  /** The decisions the user changed, by row; the others take `onDuplicate`, else the preview's. */
  decisions = $state<Record<number, Decision>>({});
  /** "Set every duplicate to": also the decision of the duplicates the list leaves out. */
  onDuplicate = $state<Decision | null>(null);
  skipProblems = $state(false);
  progress = $state<{ done: number; total: number } | null>(null);
  cancelling = $state(false);
  result = $state.raw<ImportedContacts | null>(null);
  undone = $state.raw<UndoneImport | null>(null);
  busy = $state(false);
  /** What went wrong, as the core said it. */
  #error = $state<string | null>(null);
  /** Or a message of the wizard's own, by id: shown in the language the UI has when it shows. */
  #errorId = $state<string | null>(null);
  /** Something to say that is not an error (a cancelled import, a saved mapping). */
  notice = $state<string | null>(null);
  /** Bumped for each mapping preview asked for, so an older answer never replaces a newer one. */
  #asked = 0;
  /** The session is open in the shell (until imported or closed). */
  #open = false;
  /** The path of the file open in the session. */
  #openedPath = "";

  /** What went wrong, to show: the core's words or the wizard's own. */
  get error(): string | null {
    return this.#errorId ? t(this.#errorId) : this.#error;
  }

  set error(text: string | null) {
    this.#error = text;
    this.#errorId = null;
  }

  get isCsv(): boolean {
    return this.file?.csv != null;
  }

  /** The steps this file goes through, in order. */
  get steps(): ImportStep[] {
    const all: ImportStep[] = ["file", "mapping", "options", "review", "importing", "summary"];
    return this.file && !this.isCsv ? all.filter((s) => s !== "mapping") : all;
  }

  #run<T>(work: () => Promise<T>): Promise<T | undefined> {
    return whileBusy(this, work);
  }

  /** Reads the chosen file: CSV goes to the mapping step, vCard to the options. */
  async openFile() {
    const path = this.path.trim();
    if (!path) {
      this.error = null;
      this.#errorId = "address-book-import-choose-file-first";
      return;
    }
    // Back at the file step with the same file: keep what was set for it.
    if (this.file && this.#open && path === this.#openedPath) {
      this.error = null;
      this.step = this.isCsv ? "mapping" : "options";
      return;
    }
    const file = await this.#run(async () => {
      await this.#closeSession();
      return openContactsFile(path);
    });
    if (!file) return;
    this.#open = true;
    this.#openedPath = path;
    this.file = file;
    this.mapping = file.csv ? [...file.csv.mapping] : [];
    this.rows = [];
    this.savedAs = null;
    this.notice = null;
    this.preview = null;
    const source = file.suggested_source;
    this.sourceKind = source.kind;
    // The export's name in the UI's language ("Google Contacts export of 2026-12-07"): an input
    // the user may change, stored as it is then; the day stays ISO, as the core writes it.
    const day = file.suggested_export.params.day;
    this.sourceName =
      source.kind === "person" ? "" : said("file", file.suggested_export, source.name, typeof day === "string" ? { day } : {});
    if (file.csv) {
      this.step = "mapping";
      await this.refreshRows();
    } else {
      this.step = "options";
    }
  }

  /** Asks the core for the first rows under the mapping as it is now. */
  async refreshRows() {
    const file = this.file;
    if (!file?.csv) return;
    const asked = ++this.#asked;
    try {
      const rows = await previewContactsMapping(file.session, [...this.mapping]);
      if (asked === this.#asked) {
        this.rows = rows;
        this.error = null;
      }
    } catch (reason) {
      if (asked === this.#asked) this.error = errorMessage(reason);
    }
  }

  async setColumn(column: number, code: string) {
    this.mapping[column] = code;
    this.savedAs = null;
    await this.refreshRows();
  }

  async saveMapping() {
    const file = this.file;
    if (!file) return;
    const saved = await this.#run(() => saveContactsMapping(file.session, this.mappingName, [...this.mapping]));
    if (saved) {
      this.savedAs = saved.name;
      this.mappingName = "";
    }
  }

  get source(): DataSource {
    return this.sourceKind === "person" ? { kind: "person" } : { kind: this.sourceKind, name: this.sourceName.trim() };
  }

  /** What the import would do with these options: the duplicates step. */
  async previewImport() {
    const file = this.file;
    if (!file) return;
    const tag = this.tag.trim();
    const preview = await this.#run(() =>
      previewContactsImport(file.session, this.isCsv ? [...this.mapping] : null, this.source, this.status, tag || null),
    );
    if (!preview) return;
    this.preview = preview;
    this.decisions = {};
    this.onDuplicate = null;
    this.skipProblems = false;
    this.notice = null;
    this.step = "review";
  }

  /** The decision shown for a duplicate: the user's, else the one for all, else the core's. */
  decisionOf(row: number, fallback: Decision): Decision {
    return this.decisions[row] ?? this.onDuplicate ?? fallback;
  }

  decide(row: number, decision: Decision) {
    this.decisions[row] = decision;
  }

  decideAll(decision: Decision) {
    this.onDuplicate = decision;
    this.decisions = {};
  }

  /** Runs the import previewed; progress arrives as events; a cancel writes nothing. */
  async runImport() {
    const file = this.file;
    if (!file || this.busy) return;
    this.step = "importing";
    this.progress = null;
    this.cancelling = false;
    this.notice = null;
    let stop: UnlistenFn | undefined;
    const result = await this.#run(async () => {
      stop = await onContactsImportProgress((p) => {
        if (p.session === file.session) this.progress = { done: p.done, total: p.total };
      });
      return importContacts(
        file.session,
        { decisions: { ...this.decisions }, skip_problems: this.skipProblems },
        this.onDuplicate,
      );
    });
    stop?.();
    if (result) {
      this.#open = false;
      this.result = result;
      this.undone = null;
      this.step = "summary";
    } else {
      // Back to the duplicates with the core's word: why it was refused, or that it was cancelled.
      if (this.cancelling) {
        this.notice = this.error;
        this.error = null;
      }
      this.step = "review";
    }
    this.cancelling = false;
  }

  async cancelImport() {
    const file = this.file;
    if (!file || this.step !== "importing") return;
    this.cancelling = true;
    try {
      await cancelContactsImport(file.session);
    } catch (reason) {
      this.error = errorMessage(reason);
    }
  }

  /** "Undo this import": the core refuses, saying why, when its cards were worked on since. */
  async undo() {
    const done = this.result;
    if (!done) return;
    const undone = await this.#run(() => undoContactsImport(done.import_id));
    if (undone) this.undone = undone;
  }

  back() {
    this.error = null;
    this.notice = null;
    if (this.step === "mapping") this.step = "file";
    else if (this.step === "options") this.step = this.isCsv ? "mapping" : "file";
    else if (this.step === "review") this.step = "options";
  }

  async #closeSession() {
    const file = this.file;
    if (file && this.#open) {
      this.#open = false;
      // Nothing to tell the user: the shell drops the file when the vault locks anyway.
      await closeContactsFile(file.session).catch(() => false);
    }
  }

  /** The wizard is closed: the shell forgets the file. */
  async close() {
    await this.#closeSession();
  }
}
