// The contact form's state, and turning it into a new contact or an edit patch.

import type { Contact } from "./bindings/Contact";
import type { ContactField } from "./bindings/ContactField";
import type { ContactPatch } from "./bindings/ContactPatch";
import type { DataSource } from "./bindings/DataSource";
import type { LifecycleStatus } from "./bindings/LifecycleStatus";
import type { NewContact } from "./bindings/NewContact";

/** The optional text fields of a card, in the order the forms show them. */
export const DETAIL_FIELDS = ["email", "phone", "organisation", "address", "id_number", "notes"] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

export type SourceKind = DataSource["kind"];

/** What the form holds: plain strings, "" for empty. */
export interface ContactForm extends Record<DetailField, string> {
  display_name: string;
  status: LifecycleStatus;
  source_kind: SourceKind;
  source_name: string;
  sensitive: ContactField[];
}

export function emptyContactForm(): ContactForm {
  return {
    display_name: "",
    email: "",
    phone: "",
    organisation: "",
    address: "",
    id_number: "",
    notes: "",
    status: "lead",
    source_kind: "person",
    source_name: "",
    sensitive: [],
  };
}

export function contactFormFrom(contact: Contact): ContactForm {
  const form: ContactForm = {
    ...emptyContactForm(),
    display_name: contact.display_name,
    status: contact.status,
    source_kind: contact.source.kind,
    source_name: contact.source.kind === "person" ? "" : contact.source.name,
    sensitive: [...contact.sensitive],
  };
  for (const field of DETAIL_FIELDS) form[field] = contact[field] ?? "";
  return form;
}

/** What is wrong with the form, or null if it can be sent. */
export function contactFormError(form: ContactForm): string | null {
  if (!form.display_name.trim()) return "Enter a name: it is the only required field.";
  if (form.source_kind === "third_party" && !form.source_name.trim())
    return "Name the third party the data came from.";
  if (form.source_kind === "public" && !form.source_name.trim()) return "Name the public source of the data.";
  return null;
}

function sourceOf(form: ContactForm): DataSource {
  return form.source_kind === "person"
    ? { kind: "person" }
    : { kind: form.source_kind, name: form.source_name.trim() };
}

function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

/** Sensitive flags only for fields that can hold something, in a stable order. */
function sensitiveOf(form: ContactForm): ContactField[] {
  const order: ContactField[] = ["display_name", ...DETAIL_FIELDS];
  return order.filter((field) => form.sensitive.includes(field));
}

export function newContactFrom(form: ContactForm): NewContact {
  return {
    display_name: form.display_name.trim(),
    status: form.status,
    source: sourceOf(form),
    sensitive: sensitiveOf(form),
    email: optional(form.email),
    phone: optional(form.phone),
    organisation: optional(form.organisation),
    address: optional(form.address),
    id_number: optional(form.id_number),
    notes: optional(form.notes),
  };
}

/**
 * The patch that turns `before` into `after`: only the keys that changed; a field that was
 * emptied is sent as null (cleared).
 */
export function buildPatch(before: ContactForm, after: ContactForm): ContactPatch {
  const patch: ContactPatch = {};
  if (after.display_name !== before.display_name) patch.display_name = after.display_name.trim();
  for (const field of DETAIL_FIELDS) {
    if (after[field] !== before[field]) patch[field] = optional(after[field]);
  }
  if (after.status !== before.status) patch.status = after.status;
  const source = sourceOf(after);
  if (JSON.stringify(source) !== JSON.stringify(sourceOf(before))) patch.source = source;
  const sensitive = sensitiveOf(after);
  if (sensitive.join() !== sensitiveOf(before).join()) patch.sensitive = sensitive;
  return patch;
}
