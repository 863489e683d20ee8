// The add-conversation form's state, and turning it into a NewConversation.

import type { Channel } from "./bindings/Channel";
import type { NewConversation } from "./bindings/NewConversation";
import type { Sender } from "./bindings/Sender";
import { t } from "./i18n.svelte";

export interface MessageRow {
  sender: Sender["kind"];
  /** Who wrote it, for staff and other people. */
  name: string;
  text: string;
}

export interface ConversationForm {
  channel: Channel;
  /** As a datetime-local input holds it: "2024-03-14T10:30", local time. */
  at: string;
  reference: string;
  messages: MessageRow[];
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A datetime-local input's value for `date`, in local time. */
export function localDateTimeValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function emptyMessageRow(): MessageRow {
  return { sender: "contact", name: "", text: "" };
}

export function emptyConversationForm(now: Date): ConversationForm {
  return { channel: "phone", at: localDateTimeValue(now), reference: "", messages: [emptyMessageRow()] };
}

/** The rows that hold a message: blank rows are left out. */
function filledRows(form: ConversationForm): MessageRow[] {
  return form.messages.filter((row) => row.text.trim() !== "");
}

function instant(local: string): string | null {
  const date = new Date(local);
  return local && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
}

/** What is wrong with the form, or null if it can be sent. */
export function conversationFormError(form: ConversationForm): string | null {
  if (instant(form.at) === null) return t("conversations-error-when");
  const rows = filledRows(form);
  if (rows.length === 0) return t("conversations-error-no-message");
  const unnamed = form.messages.findIndex((row) => row.text.trim() && row.sender !== "contact" && !row.name.trim());
  if (unnamed >= 0) return t("conversations-error-unnamed", { n: unnamed + 1 });
  return null;
}

function senderOf(row: MessageRow): Sender {
  return row.sender === "contact" ? { kind: "contact" } : { kind: row.sender, name: row.name.trim() };
}

/** The conversation to record; every message is dated at the conversation's time. */
export function newConversationFrom(form: ConversationForm): NewConversation {
  const at = instant(form.at);
  if (at === null) throw new Error("the form has no valid date; check conversationFormError first");
  return {
    channel: form.channel,
    started_at: at,
    ended_at: null,
    external_ref: form.reference.trim() || null,
    messages: filledRows(form).map((row) => ({ at, sender: senderOf(row), text: row.text.trim() })),
  };
}
