import { describe, expect, it } from "vitest";
import type { Contact } from "./bindings/Contact";
import { buildPatch, contactFormError, contactFormFrom, emptyContactForm, newContactFrom } from "./contact-form";

const contact: Contact = {
  id: 1,
  display_name: "Anna Kowalska",
  status: "lead",
  source: { kind: "person" },
  sensitive: ["id_number"],
  created_at: "2026-01-02T10:00:00Z",
  updated_at: "2026-01-02T10:00:00Z",
  last_contact_at: null,
  email: "anna@example.pl",
  phone: "+48 600 100 200",
  organisation: null,
  address: "ul. Długa 5\nKraków",
  id_number: "•••2345",
  notes: null,
  restriction: null,
  erased_at: null,
};

describe("buildPatch", () => {
  it("is empty when nothing changed", () => {
    const before = contactFormFrom(contact);
    expect(buildPatch(before, contactFormFrom(contact))).toEqual({});
  });

  it("sends only the changed keys, trimmed", () => {
    const before = contactFormFrom(contact);
    const after = { ...before, phone: " +48 600 999 999 ", organisation: "Kowalska Design" };
    expect(buildPatch(before, after)).toEqual({ phone: "+48 600 999 999", organisation: "Kowalska Design" });
  });

  it("clears an emptied field with null", () => {
    const before = contactFormFrom(contact);
    expect(buildPatch(before, { ...before, email: "", address: "   " })).toEqual({ email: null, address: null });
  });

  it("leaves a masked field alone unless it was changed", () => {
    const before = contactFormFrom(contact);
    const patch = buildPatch(before, { ...before, notes: "Prefers phone calls" });
    expect(patch).toEqual({ notes: "Prefers phone calls" });
    expect("id_number" in patch).toBe(false);
  });

  it("sends status, source and sensitive flags when they change", () => {
    const before = contactFormFrom(contact);
    const after = {
      ...before,
      status: "customer" as const,
      source_kind: "third_party" as const,
      source_name: " Jan Nowak ",
      sensitive: ["phone" as const, "id_number" as const],
    };
    expect(buildPatch(before, after)).toEqual({
      status: "customer",
      source: { kind: "third_party", name: "Jan Nowak" },
      sensitive: ["phone", "id_number"],
    });
  });

  it("ignores the order in which fields were marked sensitive", () => {
    const before = { ...contactFormFrom(contact), sensitive: ["email" as const, "phone" as const] };
    expect(buildPatch(before, { ...before, sensitive: ["phone", "email"] })).toEqual({});
  });

  it("sends a changed name", () => {
    const before = contactFormFrom(contact);
    expect(buildPatch(before, { ...before, display_name: "Anna Nowak " })).toEqual({ display_name: "Anna Nowak" });
  });
});

describe("new contact", () => {
  it("needs only a name", () => {
    const form = { ...emptyContactForm(), display_name: "  Jan Nowak " };
    expect(contactFormError(form)).toBeNull();
    expect(newContactFrom(form)).toEqual({
      display_name: "Jan Nowak",
      status: "lead",
      source: { kind: "person" },
      sensitive: [],
      email: null,
      phone: null,
      organisation: null,
      address: null,
      id_number: null,
      notes: null,
    });
  });

  it("names the source when it is not the person", () => {
    const form = { ...emptyContactForm(), display_name: "Jan", source_kind: "public" as const, source_name: "KRS" };
    expect(newContactFrom(form).source).toEqual({ kind: "public", name: "KRS" });
  });

  it("explains what is missing", () => {
    expect(contactFormError(emptyContactForm())).toMatch(/name/);
    const form = { ...emptyContactForm(), display_name: "Jan", source_kind: "third_party" as const };
    expect(contactFormError(form)).toMatch(/third party/);
  });
});
