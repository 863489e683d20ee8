// How domain values read in the UI.

import type { Channel } from "./bindings/Channel";
import type { ContactField } from "./bindings/ContactField";
import type { Label } from "./bindings/Label";
import type { DataSource } from "./bindings/DataSource";
import { DATA_SOURCE_WORDS } from "./words";
import type { HitLocation } from "./bindings/HitLocation";
import type { LegalBasis } from "./bindings/LegalBasis";
import type { LifecycleStatus } from "./bindings/LifecycleStatus";
import type { Origin } from "./bindings/Origin";
import type { RecipientRole } from "./bindings/RecipientRole";
import type { Sender } from "./bindings/Sender";
import type { TransferSafeguard } from "./bindings/TransferSafeguard";

export const STATUS_LABELS: Readonly<Record<LifecycleStatus, string>> = {
  lead: "Lead",
  customer: "Customer",
  former_customer: "Former customer",
  supplier_partner: "Supplier/partner",
  other: "Other",
};

export const STATUSES = keysOf(STATUS_LABELS);

export const FIELD_LABELS: Readonly<Record<ContactField, string>> = {
  display_name: "Name",
  given_name: "Given name",
  family_name: "Family name",
  email: "E-mail",
  phone: "Phone",
  organisation: "Organisation",
  job_title: "Job title",
  address: "Address",
  id_number: "ID number",
  tags: "Tags",
  notes: "Notes",
};

/** What kind of e-mail address, phone number or postal address it is. */
export const POINT_LABELS: Readonly<Record<Label, string>> = {
  work: "Work",
  home: "Home",
  mobile: "Mobile",
  other: "Other",
};

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  chat: "Chat",
  email: "E-mail",
  phone: "Phone call",
  meeting: "Meeting",
  other: "Other",
};

export const ORIGIN_LABELS: Readonly<Record<Origin, string>> = {
  manual: "entered by hand",
  whatsapp: "imported from WhatsApp",
  json: "imported from a transcript",
};

export const LEGAL_BASIS_LABELS: Readonly<Record<LegalBasis, string>> = {
  a: "Art. 6(1)(a) consent",
  b: "Art. 6(1)(b) contract",
  c: "Art. 6(1)(c) legal obligation",
  d: "Art. 6(1)(d) vital interests",
  e: "Art. 6(1)(e) public task",
  f: "Art. 6(1)(f) legitimate interests",
};

export const ROLE_LABELS: Readonly<Record<RecipientRole, string>> = {
  processor: "Processor",
  controller: "Controller",
  joint_controller: "Joint controller",
  recipient: "Recipient",
};

export const SAFEGUARD_LABELS: Readonly<Record<TransferSafeguard, string>> = {
  eu_eea: "EU/EEA (no transfer)",
  adequacy: "Adequacy decision",
  standard_contractual_clauses: "Standard contractual clauses",
  other: "Other safeguard",
};

/** Typed keys of a label table, in its order. */
export function keysOf<K extends string>(labels: Readonly<Record<K, string>>): K[] {
  return Object.keys(labels) as K[];
}

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });
const DATE_TIME = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** "14 Mar 2024", in local time; "" for a missing or unreadable date. */
export function formatDate(iso: string | null): string {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.getTime()) ? DATE.format(date) : "";
}

/** "14 Mar 2024, 10:30", in local time. */
export function formatDateTime(iso: string | null): string {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.getTime()) ? DATE_TIME.format(date) : "";
}

/** "The person", "Third party: Targi Poznań": the core's words for the source. */
export function sourceLabel(source: DataSource): string {
  const words = capitalised(DATA_SOURCE_WORDS[source.kind]);
  return source.kind === "person" ? words : `${words}: ${source.name}`;
}

/** The text with its first letter in upper case: a label from the core's words. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Who wrote a message, as the card shows it. */
export function senderLabel(sender: Sender, contactName: string): string {
  switch (sender.kind) {
    case "contact":
      return contactName;
    case "staff":
      return `${sender.name} (staff)`;
    case "other":
      return sender.name;
  }
}

/** Where a search hit is: "E-mail", "Address", "Chat · 14 Mar 2024". */
export function hitLocationLabel(location: HitLocation): string {
  return location.kind === "field" ? FIELD_LABELS[location.field] : `Chat · ${formatDate(location.at)}`;
}
