import { describe, expect, it } from "vitest";
import {
  conversationFormError,
  emptyConversationForm,
  localDateTimeValue,
  newConversationFrom,
  type ConversationForm,
} from "./conversation-form";

describe("conversation form", () => {
  it("writes a local date-time input value", () => {
    expect(localDateTimeValue(new Date(2024, 2, 4, 9, 5))).toBe("2024-03-04T09:05");
  });

  it("starts now, with one empty message", () => {
    const form = emptyConversationForm(new Date(2024, 2, 14, 10, 30));
    expect(form.at).toBe("2024-03-14T10:30");
    expect(form.messages).toHaveLength(1);
    expect(conversationFormError(form)).toMatch(/at least one message/);
  });

  it("builds the conversation, leaving out blank rows", () => {
    const form: ConversationForm = {
      channel: "phone",
      at: "2024-03-14T10:30",
      reference: " T-17 ",
      messages: [
        { sender: "contact", name: "", text: "Asked for a quote\nfor 3 people " },
        { sender: "staff", name: " Marta ", text: "Sent it the same day" },
        { sender: "other", name: "", text: "  " },
      ],
    };
    expect(conversationFormError(form)).toBeNull();
    const at = new Date(2024, 2, 14, 10, 30).toISOString();
    expect(newConversationFrom(form)).toEqual({
      channel: "phone",
      started_at: at,
      ended_at: null,
      external_ref: "T-17",
      messages: [
        { at, sender: { kind: "contact" }, text: "Asked for a quote\nfor 3 people" },
        { at, sender: { kind: "staff", name: "Marta" }, text: "Sent it the same day" },
      ],
    });
  });

  it("asks for a time and for the names of staff and others", () => {
    const base = emptyConversationForm(new Date());
    expect(conversationFormError({ ...base, at: "" })).toMatch(/date and time/);
    expect(
      conversationFormError({ ...base, messages: [{ sender: "other", name: " ", text: "Hello" }] }),
    ).toBe("Message 1: name who wrote it.");
  });
});
