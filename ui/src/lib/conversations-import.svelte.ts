// The "Import conversations" dialog's state: the files chosen (e-mail, Telegram, Messenger,
// website-chat CSV; the shell reads them into a session and only the preview crosses IPC),
// a website chat's columns when its header does not say them, the choice made for each person
// the core could not match, the preview the core answers for those choices, the import's
// progress and what it did. Every rule is the core's: who matched whom, what is planned and
// what is allowed come from the commands; this holds what the user chose.

import type { UnlistenFn } from "@tauri-apps/api/event";
import {
  closeConversationFiles,
  conversationFiles,
  errorMessage,
  whileBusy,
  getContact,
  importConversationFiles,
  inspectWebChat,
  onImportProgress,
  openConversationFiles,
  previewConversationFiles,
} from "./api";
import type { Choice } from "./bindings/Choice";
import type { ConversationFile } from "./bindings/ConversationFile";
import type { ConversationsImported } from "./bindings/ConversationsImported";
import type { ConversationsPreview } from "./bindings/ConversationsPreview";
import type { Person } from "./bindings/Person";
import type { PersonChoice } from "./bindings/PersonChoice";
import type { WebChatField } from "./bindings/WebChatField";
import type { WebChatInspected } from "./bindings/WebChatInspected";
import { labels, t } from "./i18n.svelte";

export type ConversationsStep = "files" | "mapping" | "preview" | "importing" | "summary";

export const STEPS: readonly ConversationsStep[] = ["files", "mapping", "preview", "importing", "summary"];

export const STEP_TITLES: Readonly<Record<ConversationsStep, string>> = labels("import-conversations-step", STEPS);

export const WEB_CHAT_FIELDS: readonly WebChatField[] = [
  "ignore",
  "time",
  "date",
  "clock",
  "sender",
  "sender_email",
  "role",
  "text",
  "conversation",
  "message_id",
];

/** What a website chat's column holds, in the UI's language. */
export const WEB_CHAT_FIELD_LABELS: Readonly<Record<WebChatField, string>> = labels(
  "import-conversations-field",
  WEB_CHAT_FIELDS,
);

/** The choice a person's select shows: a kind, or `attach:<card>` for a card already picked. */
export type ChoiceValue = "skip" | "create_lead" | "staff" | "attach" | `attach:${number}`;

/** A contact a person is attached to, as the choice shows it. */
export interface Attached {
  id: number;
  name: string;
}

/** The format of a file, in the UI's language. */
export const FORMAT_LABELS = labels("import-conversations-format", [
  "whatsapp",
  "json",
  "eml",
  "mbox",
  "telegram",
  "messenger",
  "csv",
]);

/** The columns a guessed website-chat mapping lacks for the import to read it: the step asks
 * for them instead of letting the core refuse the file. */
export function mappingGaps(columns: readonly WebChatField[]): ("time" | "sender" | "text")[] {
  const has = (...fields: WebChatField[]) => fields.some((f) => columns.includes(f));
  const gaps: ("time" | "sender" | "text")[] = [];
  if (!has("time", "date")) gaps.push("time");
  if (!has("sender", "sender_email", "role")) gaps.push("sender");
  if (!has("text")) gaps.push("text");
  return gaps;
}

/** A size in bytes as the UI's language writes it ("47 kB", "1,2 MB"); `intl`: the locale. */
export function formatSize(bytes: number, intl: string): string {
  const [unit, value] =
    bytes >= 1024 * 1024 ? (["megabyte", bytes / (1024 * 1024)] as const)
    : bytes >= 1024 ? (["kilobyte", bytes / 1024] as const)
    : (["byte", bytes] as const);
  return new Intl.NumberFormat(intl, {
    style: "unit",
    unit,
    unitDisplay: "short",
    maximumFractionDigits: unit === "megabyte" ? 1 : 0,
  }).format(value);
}

/** An e-mail's text split where the quoted earlier replies begin: the trailing lines that
 * start with ">" (and blank ones), with the line just before them introducing the quote
 * ("On 2 March, Anna wrote:"). Nothing is dropped: `quoted` is shown on request. */
export function splitQuoted(text: string): { own: string; quoted: string } {
  const lines = text.split("\n");
  let start = lines.length;
  while (start > 0 && (lines[start - 1].startsWith(">") || lines[start - 1].trim() === "")) start--;
  const quotedLines = lines.slice(start).filter((l) => l.startsWith(">")).length;
  if (quotedLines < 2) return { own: text, quoted: "" };
  if (start > 0 && lines[start - 1].trimEnd().endsWith(":")) start--;
  const own = lines.slice(0, start).join("\n").trimEnd();
  if (!own) return { own: text, quoted: "" };
  return { own, quoted: lines.slice(start).join("\n").trimEnd() };
}

export class ConversationsImport {
  step = $state<ConversationsStep>("files");
  /** The paths, one a line (typed, or added by the native dialogs). */
  pathsText = $state("");
  files = $state.raw<ConversationFile[]>([]);
  /** The website chat whose columns are asked for, with what the core read of it. */
  webChat = $state.raw<{ file: ConversationFile; inspected: WebChatInspected } | null>(null);
  mapping = $state<WebChatField[]>([]);
  session = $state<number | null>(null);
  preview = $state.raw<ConversationsPreview | null>(null);
  /** The choice for each person, by key (none: skipped, as the core does). */
  choices = $state<Record<string, Choice>>({});
  /** People whose "attach to a contact" is chosen and whose card is still to be picked. */
  picking = $state<Record<string, boolean>>({});
  /** The names of the cards people are attached to. */
  attachedNames = $state<Record<number, string>>({});
  progress = $state<{ done: number; total: number } | null>(null);
  result = $state.raw<ConversationsImported | null>(null);
  /** The leads the import created, with their names. */
  leads = $state.raw<Attached[]>([]);
  busy = $state(false);
  /** The core's words when something was refused. */
  #error = $state<string | null>(null);
  /** Or a message of the dialog's own, by id (shown in the language the UI has then). */
  #errorId = $state<string | null>(null);
  #asked = 0;
  readonly card: Attached | null;

  constructor(card: Attached | null = null) {
    this.card = card;
    if (card) this.attachedNames[card.id] = card.name;
  }

  get error(): string | null {
    return this.#errorId ? t(this.#errorId) : this.#error;
  }

  set error(text: string | null) {
    this.#error = text;
    this.#errorId = null;
  }

  get paths(): string[] {
    return this.pathsText
      .split("\n")
      .map((p) => p.trim())
      .filter(Boolean);
  }

  /** Adds paths chosen in a native dialog (each once). */
  addPaths(chosen: string[]) {
    const all = [...this.paths];
    for (const p of chosen) if (!all.includes(p)) all.push(p);
    this.pathsText = all.join("\n");
  }

  /** The steps these files go through (the columns only for a website chat that needs them). */
  get steps(): ConversationsStep[] {
    return STEPS.filter((s) => s !== "mapping" || this.webChat !== null);
  }

  #run<T>(work: () => Promise<T>): Promise<T | undefined> {
    return whileBusy(this, work);
  }

  /** The files step's Next: what the paths are; a website chat without its columns named
   * goes to the mapping step, the rest straight to the preview. */
  async readFiles() {
    const paths = this.paths;
    if (paths.length === 0) {
      this.error = null;
      this.#errorId = "import-conversations-choose-first";
      return;
    }
    const found = await this.#run(async () => {
      const files = await conversationFiles(paths);
      const csv = files.find((f) => f.format === "csv");
      const inspected = csv ? await inspectWebChat(csv.path) : null;
      return { files, csv, inspected };
    });
    if (!found) return;
    if (found.files.length === 0) {
      this.#errorId = "import-conversations-no-files";
      return;
    }
    this.files = found.files;
    if (found.csv && found.inspected && mappingGaps(found.inspected.guessed.columns).length > 0) {
      this.webChat = { file: found.csv, inspected: found.inspected };
      this.mapping = [...found.inspected.guessed.columns];
      this.step = "mapping";
      return;
    }
    this.webChat = null;
    await this.open();
  }

  /** Reads every file into a session (all or none) and shows the preview. */
  async open() {
    await this.#closeSession();
    const opened = await this.#run(() =>
      openConversationFiles({
        paths: this.paths,
        ...(this.webChat ? { mapping: { columns: [...this.mapping] } } : {}),
        ...(this.card ? { card: this.card.id } : {}),
      }),
    );
    if (!opened) return;
    this.session = opened.session;
    this.choices = Object.fromEntries(opened.choices.map((c) => [c.key, c.choice]));
    this.picking = {};
    this.preview = opened.preview;
    this.step = "preview";
  }

  get choiceList(): PersonChoice[] {
    return Object.entries(this.choices).map(([key, choice]) => ({ key, choice: { ...choice } }));
  }

  /** What the person's select shows. */
  valueOf(person: Person): ChoiceValue {
    if (this.picking[person.key]) return "attach";
    const choice = this.choices[person.key];
    if (!choice) return "skip";
    return choice.kind === "attach" ? `attach:${choice.contact}` : choice.kind;
  }

  /** The card a person is attached to by the choice, if any. */
  attachedOf(person: Person): Attached | null {
    const choice = this.choices[person.key];
    if (choice?.kind !== "attach") return null;
    const name =
      this.attachedNames[choice.contact] ?? person.candidates.find((c) => c.id === choice.contact)?.name ?? "";
    return { id: choice.contact, name };
  }

  /** A choice from the person's select: "attach" waits for a card to be picked. */
  async select(person: Person, value: string) {
    if (value === "attach") {
      this.picking[person.key] = true;
      return;
    }
    delete this.picking[person.key];
    if (value.startsWith("attach:")) {
      const contact = Number(value.slice("attach:".length));
      const candidate = person.candidates.find((c) => c.id === contact);
      if (candidate) this.attachedNames[contact] = candidate.name;
      this.choices[person.key] = { kind: "attach", contact };
    } else if (value === "create_lead" || value === "staff" || value === "skip") {
      this.choices[person.key] = { kind: value };
    }
    await this.refresh();
  }

  /** A card picked for a person: they are attached to it. */
  async attach(person: Person, card: Attached) {
    delete this.picking[person.key];
    this.attachedNames[card.id] = card.name;
    this.choices[person.key] = { kind: "attach", contact: card.id };
    await this.refresh();
  }

  /** Asks the core for the preview under the choices as they are now. */
  async refresh() {
    const session = this.session;
    if (session === null) return;
    const asked = ++this.#asked;
    try {
      const preview = await previewConversationFiles(session, this.choiceList);
      if (asked === this.#asked) {
        this.preview = preview;
        this.error = null;
      }
    } catch (reason) {
      if (asked === this.#asked) this.error = errorMessage(reason);
    }
  }

  /** Imports with the choices; progress comes as events; the shell closes the session after. */
  async runImport() {
    const session = this.session;
    if (session === null || this.busy) return;
    this.step = "importing";
    this.progress = null;
    let stop: UnlistenFn | undefined;
    const result = await this.#run(async () => {
      stop = await onImportProgress((p) => (this.progress = { done: p.done, total: p.total }));
      return importConversationFiles(session, this.choiceList);
    });
    stop?.();
    if (!result) {
      this.step = "preview";
      return;
    }
    this.session = null;
    this.result = result;
    this.step = "summary";
    // The new leads' names, for the links to their cards (a card that cannot be read is
    // listed by its number).
    const shown = result.leads_created.slice(0, 50);
    this.leads = await Promise.all(
      shown.map(async (id) => {
        try {
          return { id, name: (await getContact(id)).contact.display_name };
        } catch {
          return { id, name: `#${id}` };
        }
      }),
    );
  }

  back() {
    this.error = null;
    if (this.step === "mapping") this.step = "files";
    else if (this.step === "preview") {
      void this.#closeSession();
      this.step = this.webChat ? "mapping" : "files";
    }
  }

  async #closeSession() {
    const session = this.session;
    if (session === null) return;
    this.session = null;
    // Nothing to tell the user: the shell drops the files when the vault locks anyway.
    await closeConversationFiles(session).catch(() => false);
  }

  /** The dialog is closed: the shell forgets the files. */
  async close() {
    await this.#closeSession();
  }
}
