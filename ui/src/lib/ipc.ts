// The IPC seam: how a command is called and how it fails. The typed wrappers, one per command,
// are generated into ./commands.ts; ./api.ts is what components import.

import { invoke, type InvokeArgs } from "@tauri-apps/api/core";
import type { IpcError } from "./bindings/IpcError";
import { ERROR_CODES, type ErrorCode } from "./errors";
import { t } from "./i18n.svelte";

/** A failed command: the core's stable `code` and a `message` for people. */
export class ApiError extends Error {
  /** One of the generated codes, so a comparison with a misspelt code does not type-check. */
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = "ApiError";
    this.code = code;
  }
}

/** What a failure says when it says nothing itself (in the UI's language when it happens). */
const fallback = (): string => t("error-fallback");

function isIpcError(value: unknown): value is IpcError {
  if (typeof value !== "object" || value === null) return false;
  const { code, message } = value as Record<string, unknown>;
  return typeof code === "string" && typeof message === "string";
}

/** Turns whatever a command rejected with (an IpcError, a string, an Error…) into an ApiError. */
export function toApiError(reason: unknown): ApiError {
  if (reason instanceof ApiError) return reason;
  if (isIpcError(reason)) {
    // A code this UI was not built with (it cannot happen with the generated list) is a fault.
    const code = (ERROR_CODES as readonly string[]).includes(reason.code) ? (reason.code as ErrorCode) : "internal";
    return new ApiError(code, reason.message.trim() || fallback());
  }
  if (typeof reason === "string") return new ApiError("internal", reason.trim() || fallback());
  if (reason instanceof Error) return new ApiError("internal", reason.message.trim() || fallback());
  return new ApiError("internal", fallback());
}

/** The message to show for a rejection. */
export function errorMessage(reason: unknown): string {
  return toApiError(reason).message;
}

let onLocked: () => void = () => {};

/** Called whenever a command answers `locked`: the vault was locked behind the UI's back. */
export function setLockedHandler(handler: () => void): void {
  onLocked = handler;
}

export async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    const error = toApiError(reason);
    if (error.code === "locked") onLocked();
    throw error;
  }
}
