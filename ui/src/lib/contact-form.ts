// The contact form's state, and turning it into a new contact or an edit patch.

import type { Contact } from "./bindings/Contact";
import type { ContactField } from "./bindings/ContactField";
import type { ContactPatch } from "./bindings/ContactPatch";
import type { DataSource } from "./bindings/DataSource";
import type { Labelled } from "./bindings/Labelled";
import type { LifecycleStatus } from "./bindings/LifecycleStatus";
import type { NewContact } from "./bindings/NewContact";
import { t } from "./i18n.svelte";

/** The one-valued text fields of a card. */
export const TEXT_FIELDS = ["given_name", "family_name", "organisation", "job_title", "id_number", "notes"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** The fields that list contact points, and the card's key for each list. */
export const POINT_FIELDS = ["email", "phone", "address"] as const;
export type PointField = (typeof POINT_FIELDS)[number];
export const POINT_KEYS = { email: "emails", phone: "phones", address: "addresses" } as const;

/** Every optional field of a card, in the order the card shows them. */
export const DETAIL_FIELDS = [
  "given_name",
  "family_name",
  "email",
  "phone",
  "organisation",
  "job_title",
  "address",
  "id_number",
  "tags",
  "notes",
] as const satisfies readonly ContactField[];
export type DetailField = (typeof DETAIL_FIELDS)[number];

export function isPointField(field: ContactField): field is PointField {
  return (POINT_FIELDS as readonly string[]).includes(field);
}

export function isTextField(field: ContactField): field is TextField {
  return (TEXT_FIELDS as readonly string[]).includes(field);
}

export type SourceKind = DataSource["kind"];

/** What the form holds: plain strings ("" for empty), point rows, tags as typed. */
export interface ContactForm extends Record<TextField, string> {
  display_name: string;
  emails: Labelled[];
  phones: Labelled[];
  addresses: Labelled[];
  /** Tags as typed, separated by commas. */
  tags: string;
  status: LifecycleStatus;
  source_kind: SourceKind;
  source_name: string;
  sensitive: ContactField[];
}

/** An empty row to type a first e-mail address, phone number or address into. */
export function emptyPoint(field: PointField, primary: boolean): Labelled {
  return { value: "", label: field === "phone" ? "mobile" : "work", primary };
}

export function emptyContactForm(): ContactForm {
  return {
    display_name: "",
    given_name: "",
    family_name: "",
    organisation: "",
    job_title: "",
    id_number: "",
    notes: "",
    emails: [emptyPoint("email", true)],
    phones: [emptyPoint("phone", true)],
    addresses: [emptyPoint("address", true)],
    tags: "",
    status: "lead",
    source_kind: "person",
    source_name: "",
    sensitive: [],
  };
}

export function contactFormFrom(contact: Contact): ContactForm {
  const empty = emptyContactForm();
  const form: ContactForm = {
    ...empty,
    display_name: contact.display_name,
    status: contact.status,
    source_kind: contact.source.kind,
    source_name: contact.source.kind === "person" ? "" : contact.source.name,
    sensitive: [...contact.sensitive],
    tags: contact.tags.join(", "),
  };
  for (const field of TEXT_FIELDS) form[field] = contact[field] ?? "";
  for (const field of POINT_FIELDS) {
    const key = POINT_KEYS[field];
    form[key] = contact[key].length > 0 ? contact[key].map((p) => ({ ...p })) : empty[key];
  }
  return form;
}

/** What is wrong with the form, or null if it can be sent. */
export function contactFormError(form: ContactForm): string | null {
  if (!form.display_name.trim()) return t("contacts-form-error-name");
  if (form.source_kind === "third_party" && !form.source_name.trim()) return t("contacts-form-error-third-party");
  if (form.source_kind === "public" && !form.source_name.trim()) return t("contacts-form-error-public");
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

/** The rows that hold something, trimmed (the core checks them and settles the primary). */
function pointsOf(rows: Labelled[]): Labelled[] {
  return rows.map((p) => ({ ...p, value: p.value.trim() })).filter((p) => p.value !== "");
}

function tagsOf(form: ContactForm): string[] {
  return form.tags
    .split(",")
    .map((t) => t.trim())
    .filter((t) => t !== "");
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
    given_name: optional(form.given_name),
    family_name: optional(form.family_name),
    organisation: optional(form.organisation),
    job_title: optional(form.job_title),
    emails: pointsOf(form.emails),
    phones: pointsOf(form.phones),
    addresses: pointsOf(form.addresses),
    id_number: optional(form.id_number),
    notes: optional(form.notes),
    tags: tagsOf(form),
  };
}

/**
 * The patch that turns `before` into `after`: only the keys that changed; a field that was
 * emptied is sent as null (cleared); a changed list is sent whole.
 */
export function buildPatch(before: ContactForm, after: ContactForm): ContactPatch {
  const patch: ContactPatch = {};
  if (after.display_name !== before.display_name) patch.display_name = after.display_name.trim();
  for (const field of TEXT_FIELDS) {
    if (after[field] !== before[field]) patch[field] = optional(after[field]);
  }
  for (const field of POINT_FIELDS) {
    const key = POINT_KEYS[field];
    const points = pointsOf(after[key]);
    if (JSON.stringify(points) !== JSON.stringify(pointsOf(before[key]))) patch[key] = points;
  }
  const tags = tagsOf(after);
  if (tags.join("\n") !== tagsOf(before).join("\n")) patch.tags = tags;
  if (after.status !== before.status) patch.status = after.status;
  const source = sourceOf(after);
  if (JSON.stringify(source) !== JSON.stringify(sourceOf(before))) patch.source = source;
  const sensitive = sensitiveOf(after);
  if (sensitive.join() !== sensitiveOf(before).join()) patch.sensitive = sensitive;
  return patch;
}

/** A field of a card as text: one-valued fields as they are, tags joined; null when empty. */
export function fieldText(contact: Contact, field: ContactField): string | null {
  if (field === "display_name") return contact.display_name;
  if (field === "tags") return contact.tags.length > 0 ? contact.tags.join(", ") : null;
  if (isPointField(field)) {
    const points = contact[POINT_KEYS[field]];
    return points.length > 0 ? points.map((p) => p.value).join("\n") : null;
  }
  return contact[field];
}

/** `shown` with one field taken from the revealed (unmasked) card. */
export function withField(shown: Contact, revealed: Contact, field: ContactField): Contact {
  if (field === "display_name") return { ...shown, display_name: revealed.display_name };
  if (field === "tags") return { ...shown, tags: revealed.tags };
  if (isPointField(field)) {
    const key = POINT_KEYS[field];
    return { ...shown, [key]: revealed[key] };
  }
  return { ...shown, [field]: revealed[field] };
}

/** The form with one field taken from the revealed card (to edit a field that was masked). */
export function formWithField(form: ContactForm, revealed: Contact, field: DetailField): ContactForm {
  const from = contactFormFrom(revealed);
  if (field === "tags") return { ...form, tags: from.tags };
  if (isPointField(field)) {
    const key = POINT_KEYS[field];
    return { ...form, [key]: from[key] };
  }
  return { ...form, [field]: from[field] };
}
