import { describe, expect, it } from "vitest";
import type { Contact } from "./bindings/Contact";
import {
  buildPatch,
  contactFormError,
  contactFormFrom,
  emptyContactForm,
  fieldText,
  formWithField,
  newContactFrom,
  withField,
} from "./contact-form";

const contact: Contact = {
  id: 1,
  display_name: "Anna Kowalska",
  status: "lead",
  source: { kind: "person" },
  sensitive: ["id_number"],
  created_at: "2026-01-02T10:00:00Z",
  updated_at: "2026-01-02T10:00:00Z",
  last_contact_at: null,
  given_name: null,
  family_name: null,
  emails: [{ value: "anna@example.pl", label: "work", primary: true }],
  phones: [{ value: "+48 600 100 200", label: "mobile", primary: true }],
  organisation: null,
  job_title: null,
  addresses: [{ value: "ul. Długa 5\nKraków", label: "home", primary: true }],
  tags: [],
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

  it("sends only the changed keys, trimmed, and a changed list whole", () => {
    const before = contactFormFrom(contact);
    const after = {
      ...before,
      phones: [{ value: " +48 600 999 999 ", label: "mobile" as const, primary: true }],
      organisation: "Kowalska Design",
    };
    expect(buildPatch(before, after)).toEqual({
      phones: [{ value: "+48 600 999 999", label: "mobile", primary: true }],
      organisation: "Kowalska Design",
    });
  });

  it("adds a second address with its label and moves the primary", () => {
    const before = contactFormFrom(contact);
    const after = {
      ...before,
      emails: [
        { value: "anna@example.pl", label: "work" as const, primary: false },
        { value: "anna@dom.pl", label: "home" as const, primary: true },
      ],
    };
    expect(buildPatch(before, after)).toEqual({ emails: after.emails });
  });

  it("clears an emptied field with null and an emptied list with []", () => {
    const before = contactFormFrom(contact);
    const after = {
      ...before,
      job_title: " ",
      emails: [{ value: "", label: "work" as const, primary: true }],
      addresses: [{ value: "   ", label: "home" as const, primary: true }],
    };
    expect(buildPatch({ ...before, job_title: "CEO" }, after)).toEqual({ job_title: null, emails: [], addresses: [] });
  });

  it("sends tags typed with commas, trimmed", () => {
    const before = contactFormFrom(contact);
    expect(buildPatch(before, { ...before, tags: " Targi 2026, ,VIP " })).toEqual({ tags: ["Targi 2026", "VIP"] });
    expect(buildPatch({ ...before, tags: "VIP" }, { ...before, tags: " VIP" })).toEqual({});
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
      given_name: null,
      family_name: null,
      emails: [],
      phones: [],
      organisation: null,
      job_title: null,
      addresses: [],
      tags: [],
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

describe("fields of a card", () => {
  it("reads lists and tags as text and takes one field from the revealed card", () => {
    const many: Contact = {
      ...contact,
      emails: [
        { value: "anna@example.pl", label: "work", primary: true },
        { value: "anna@dom.pl", label: "home", primary: false },
      ],
      tags: ["Targi 2026", "VIP"],
    };
    expect(fieldText(many, "email")).toBe("anna@example.pl\nanna@dom.pl");
    expect(fieldText(many, "tags")).toBe("Targi 2026, VIP");
    expect(fieldText(contact, "tags")).toBeNull();
    const revealed: Contact = { ...many, id_number: "PL80010112345", phones: [{ value: "+48 600", label: "mobile", primary: true }] };
    const shown = withField(withField(many, revealed, "id_number"), revealed, "phone");
    expect(shown.id_number).toBe("PL80010112345");
    expect(shown.phones).toEqual(revealed.phones);
    expect(shown.emails).toBe(many.emails);
    const form = formWithField(contactFormFrom(many), revealed, "phone");
    expect(form.phones).toEqual(revealed.phones);
    expect(form.emails).toEqual(many.emails);
  });
});
