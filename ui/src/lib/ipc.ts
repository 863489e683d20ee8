// The IPC seam: how a command is called and how it fails. The typed wrappers, one per command,
// are generated into ./commands.ts; ./api.ts is what components import.

import { invoke, type InvokeArgs } from "@tauri-apps/api/core";
import type { ContactField } from "./bindings/ContactField";
import type { IpcError } from "./bindings/IpcError";
import type { Param } from "./bindings/Param";
import type { Said } from "./bindings/Said";
import { ERROR_CODES, REASON_CODES, type ErrorCode, type ReasonCode } from "./errors";
import { FIELD_LABELS, formatDate, formatDateTime } from "./format";
import { hasMessage, t, tComplete, type Args } from "./i18n.svelte";
import { measureCall } from "./moments";
import { SAID_CODES, type SaidDomain } from "./words";

/** A failed command: the core's stable `code`, its finer `reason`, and a `message` for people
 * in the UI's language. */
export class ApiError extends Error {
  /** One of the generated codes, so a comparison with a misspelt code does not type-check. */
  readonly code: ErrorCode;
  /** Why an input is invalid or an action refused, when the core said. */
  readonly reason: ReasonCode | null;

  constructor(code: ErrorCode, message: string, reason: ReasonCode | null = null) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.reason = reason;
  }
}

/** What a failure says when it says nothing itself (in the UI's language when it happens). */
const fallback = (): string => t("error-fallback");

/** An IpcError; `reason`, `params` and `items` may be missing (an error made by hand, in a test). */
type Rejection = Pick<IpcError, "code" | "message"> & Partial<Pick<IpcError, "reason" | "params" | "items">>;

function isIpcError(value: unknown): value is Rejection {
  if (typeof value !== "object" || value === null) return false;
  const { code, message } = value as Record<string, unknown>;
  return typeof code === "string" && typeof message === "string";
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A value of the core's data as the message shows it: a contact field by its label, a date
 * (ISO 8601) in the UI's language; codes the message selects on, names, paths as they are. */
function shown(name: string, value: Param): string | number {
  if (typeof value === "number") return value;
  if (name === "field" && Object.hasOwn(FIELD_LABELS, value)) return FIELD_LABELS[value as ContactField];
  // A day is a day wherever the computer is: read at local midnight, not UTC's.
  if (ISO_DATE.test(value)) return formatDate(`${value}T00:00:00`) || value;
  if (ISO_DATE_TIME.test(value)) return formatDateTime(value) || value;
  return value;
}

/** The core's data as a message's arguments (see `shown`). */
function argsOf(params: Rejection["params"]): Args {
  const args: Args = {};
  for (const [name, value] of Object.entries(params ?? {})) if (value !== undefined) args[name] = shown(name, value);
  return args;
}

/** A sentence the core sent by code (a `Said`: why a contact may be contacted, what a file is,
 * why a row is left out…) in the UI's language: message `said-<domain>-<code>` with its data
 * (`extra` adds or replaces some); null when the UI has no words for the code. */
export function saidOrNull(domain: SaidDomain, said: Said, extra: Args = {}): string | null {
  if (!(SAID_CODES[domain] as readonly string[]).includes(said.code)) return null;
  return tComplete(`said-${domain}-${said.code.replaceAll("_", "-")}`, { ...argsOf(said.params), ...extra });
}

/** The same, or `english` (the core's own words, sent beside the code) when the UI has none. */
export function said(domain: SaidDomain, words: Said, english: string, extra: Args = {}): string {
  return saidOrNull(domain, words, extra) ?? english;
}

/** The message for the core's error in the UI's language: `error-reason-<reason>` when it
 * gave a reason, else `error-<code>`, with its data (`extra` adds or replaces some); null when
 * the UI has no such message. */
export function translated(
  code: ErrorCode,
  reason: ReasonCode | null,
  params: Rejection["params"],
  extra: Args = {},
): string | null {
  const id = reason ? `error-reason-${reason.replaceAll("_", "-")}` : `error-${code.replaceAll("_", "-")}`;
  if (!hasMessage(id)) return null;
  const args = { ...argsOf(params), ...extra };
  const message = tComplete(id, args);
  // A line of one of several files read together: the file is named before it.
  return message !== null && code === "import_failed" && typeof args.file === "string"
    ? tComplete("error-in-file", { file: args.file, message })
    : message;
}

/** The things an error lists in the UI's language, as the message's argument: what a document
 * lacks (`missing`), or the rows that cannot be imported, each with its line (`lines`, for
 * `problem_rows`); null when the UI has no words for one of them. */
function itemsOf(reason: ReasonCode | null, items: Said[]): Args | null {
  if (reason === "problem_rows") {
    const rows = items.map((item) => {
      const problem = saidOrNull("row", item);
      const line = item.params.line;
      return problem === null || line === undefined ? null : t("error-problem-row", { line, problem });
    });
    return rows.every((r) => r !== null) ? { lines: rows.join(", ") } : null;
  }
  const words = items.map((item) => saidOrNull("missing", item));
  return words.every((w) => w !== null) ? { missing: words.join("; ") } : null;
}

/** Turns whatever a command rejected with (an IpcError, a string, an Error…) into an ApiError. */
export function toApiError(reason: unknown): ApiError {
  if (reason instanceof ApiError) return reason;
  if (isIpcError(reason)) {
    // A code this UI was not built with (it cannot happen with the generated list) is a fault.
    const code = (ERROR_CODES as readonly string[]).includes(reason.code) ? (reason.code as ErrorCode) : "internal";
    const why = (REASON_CODES as readonly string[]).includes(reason.reason ?? "") ? (reason.reason as ReasonCode) : null;
    // The English message of the core is the fallback for a code or reason without words here.
    // (Only a rejection the shell made has params: one made by hand keeps its words.)
    const known = code === reason.code && reason.params !== undefined && (why !== null || !reason.reason);
    const extra: Args = (reason.items?.length ? itemsOf(why, reason.items) : null) ?? {};
    const message = (known ? translated(code, why, reason.params, extra) : null) ?? reason.message.trim();
    return new ApiError(code, message || fallback(), why);
  }
  if (typeof reason === "string") return new ApiError("internal", reason.trim() || fallback());
  if (reason instanceof Error) return new ApiError("internal", reason.message.trim() || fallback());
  return new ApiError("internal", fallback());
}

/** The message to show for a rejection. */
export function errorMessage(reason: unknown): string {
  return toApiError(reason).message;
}

/** Runs `work` unless `on` is busy already: `on` is busy while it runs, and keeps its error as
 * the message to show (undefined is returned then). For a dialog's steps. */
export async function whileBusy<T>(
  on: { busy: boolean; error: string | null },
  work: () => Promise<T>,
): Promise<T | undefined> {
  if (on.busy) return undefined;
  on.busy = true;
  on.error = null;
  try {
    return await work();
  } catch (reason) {
    on.error = errorMessage(reason);
    return undefined;
  } finally {
    on.busy = false;
  }
}

let onLocked: () => void = () => {};

/** Called whenever a command answers `locked`: the vault was locked behind the UI's back. */
export function setLockedHandler(handler: () => void): void {
  onLocked = handler;
}

export async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  const start = performance.now();
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    const error = toApiError(reason);
    if (error.code === "locked") onLocked();
    throw error;
  } finally {
    measureCall(command, start);
  }
}
