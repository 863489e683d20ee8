// How domain values read in the UI.

import type { Channel } from "./bindings/Channel";
import type { ContactField } from "./bindings/ContactField";
import type { Label } from "./bindings/Label";
import type { DataSource } from "./bindings/DataSource";
import { hasMessage, labels, locale, t } from "./i18n.svelte";
import { CONTACT_FIELDS } from "./words";
import type { HitLocation } from "./bindings/HitLocation";
import type { LegalBasis } from "./bindings/LegalBasis";
import type { LifecycleStatus } from "./bindings/LifecycleStatus";
import type { Origin } from "./bindings/Origin";
import type { RecipientRole } from "./bindings/RecipientRole";
import type { Sender } from "./bindings/Sender";
import type { TransferSafeguard } from "./bindings/TransferSafeguard";

export const STATUS_LABELS: Readonly<Record<LifecycleStatus, string>> = labels("status", [
  "lead",
  "customer",
  "former_customer",
  "supplier_partner",
  "other",
]);

export const STATUSES = keysOf(STATUS_LABELS);

export const FIELD_LABELS: Readonly<Record<ContactField, string>> = labels("field", CONTACT_FIELDS);

/** What kind of e-mail address, phone number or postal address it is. */
export const POINT_LABELS: Readonly<Record<Label, string>> = labels("point", ["work", "home", "mobile", "other"]);

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = labels("channel", [
  "chat",
  "email",
  "phone",
  "meeting",
  "other",
]);

export const ORIGIN_LABELS: Readonly<Record<Origin, string>> = labels("origin", ["manual", "whatsapp", "json", "email", "telegram", "messenger", "web_chat"]);

export const LEGAL_BASIS_LABELS: Readonly<Record<LegalBasis, string>> = labels("basis", ["a", "b", "c", "d", "e", "f"]);

export const ROLE_LABELS: Readonly<Record<RecipientRole, string>> = labels("role", [
  "processor",
  "controller",
  "joint_controller",
  "recipient",
]);

export const SAFEGUARD_LABELS: Readonly<Record<TransferSafeguard, string>> = labels("safeguard", [
  "eu_eea",
  "adequacy",
  "standard_contractual_clauses",
  "other",
]);

/** Typed keys of a label table, in its order. */
export function keysOf<K extends string>(labels: Readonly<Record<K, string>>): K[] {
  return Object.keys(labels) as K[];
}

const DATE: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: "2-digit", minute: "2-digit" };

const formats = new Map<string, Intl.DateTimeFormat>();

/** A date format in the UI's language, made once per language. */
function dateFormat(options: Intl.DateTimeFormatOptions, name: string): Intl.DateTimeFormat {
  const key = `${locale.intl} ${name}`;
  let format = formats.get(key);
  if (!format) {
    // English as the British write it ("14 Mar 2024"), the firm's other languages their way.
    format = new Intl.DateTimeFormat(locale.intl === "en" ? "en-GB" : locale.intl, options);
    formats.set(key, format);
  }
  return format;
}

/** "14 Mar 2024" ("14 mar 2024" in Polish), in local time; "" for a missing or unreadable date. */
export function formatDate(iso: string | null): string {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.getTime()) ? dateFormat(DATE, "date").format(date) : "";
}

/** "14 Mar 2024, 10:30", in local time. */
export function formatDateTime(iso: string | null): string {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.getTime()) ? dateFormat(DATE_TIME, "date-time").format(date) : "";
}

/** "The person", "Third party: Targi Poznań": the core's words for the source. */
export function sourceLabel(source: DataSource): string {
  if (source.kind === "person") {
    return source.via
      ? t("source-person-via", { channel: source.via.channel, date: formatDate(source.via.on) })
      : t("source-person");
  }
  return t(source.kind === "public" ? "source-public-named" : "source-third-party-named", { name: source.name });
}

/** The text with its first letter in upper case: a label from the core's words. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Who wrote a message, as the card shows it. */
/** A contact's name as shown: an erased card's by its number in the UI's language ("Erased
 * contact #4"; the vault keeps the English tombstone name for its history). */
export function contactName(contact: { id: number; display_name: string; erased_at: string | null }): string {
  return contact.erased_at ? t("contacts-erased-name", { id: String(contact.id) }) : contact.display_name;
}

export function senderLabel(sender: Sender, contactName: string): string {
  switch (sender.kind) {
    case "contact":
      return contactName;
    case "staff":
      return t("sender-staff", { name: sender.name });
    case "other":
      return sender.name;
  }
}

/** Where a search hit is: "E-mail", "Address", "Chat · 14 Mar 2024". */
export function hitLocationLabel(location: HitLocation): string {
  return location.kind === "field" ? FIELD_LABELS[location.field] : t("hit-in-chat", { date: formatDate(location.at) });
}

/** A public holiday's name in the UI's language, by the core's code ("christmas-day"; one moved
 * off a weekend has its base code with "-moved-from-the-weekend" or "-taken-on-a-weekday"). */
export function holidayName(holiday: { code: string; name: string }): string {
  for (const [suffix, id] of [
    ["-moved-from-the-weekend", "holiday-moved"],
    ["-taken-on-a-weekday", "holiday-taken"],
  ] as const) {
    if (holiday.code.endsWith(suffix)) {
      const base = `holiday-${holiday.code.slice(0, -suffix.length)}`;
      return hasMessage(base) ? t(id, { name: t(base) }) : holiday.name;
    }
  }
  const id = `holiday-${holiday.code}`;
  return hasMessage(id) ? t(id) : holiday.name;
}
