// @vitest-environment jsdom
// The Requests screen, through the components.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { AuditEntry } from "../lib/bindings/AuditEntry";
import type { Request } from "../lib/bindings/Request";
import { requestBadge } from "../lib/request-badge.svelte";
import { session } from "../lib/session.svelte";
import { openVault } from "../lib/vault-test-support";
import { view } from "../lib/view.svelte";
import RequestsView from "./RequestsView.svelte";
import { answer, fakeLayout, invokeMock, sampleAction, sampleRequest } from "./test-support";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(async () => () => {}) }));

beforeAll(fakeLayout);
// Everything here is done by an owner (the card and the register show what the role may do).
beforeAll(() => {
  session.vault = openVault("/srv/firma.custos", "Ola");
});

afterEach(() => {
  invokeMock.mockReset();
  requestBadge.reset();
  view.reset();
});

const request = sampleRequest;

const CLOSE_REFUSED =
  "Request #1 cannot be closed as done: no action is recorded. Record what was done, with the audit entry that proves it.";

/** Answers the view's commands from a mutable register. */
function register(
  list: Request[],
  audit: AuditEntry[] = [],
  extra: Record<string, (args: Record<string, unknown>) => unknown> = {},
) {
  answer({
    list_requests: ({ query }) => {
      const scope = (query as { scope: string }).scope;
      return list.filter((q) => scope === "all" || (scope === "open") === !["done", "refused"].includes(q.status));
    },
    request_attention_count: () => list.filter((q) => q.due_soon || q.overdue).length,
    // The core's candidates: what it would accept, with its wording to start from.
    request_action_candidates: () =>
      audit.map((entry) => ({ entry, description: entry.action === "contact.erased" ? "Erased the contact and their conversations" : "" })),
    ...extra,
  });
}

describe("Requests", () => {
  it("says what to do when there are none", async () => {
    register([]);
    render(RequestsView);
    expect((await screen.findByTestId("requests-empty")).textContent).toContain("Log a request");
    await waitFor(() => expect(requestBadge.count).toBe(0));
    expect(requestBadge.badge).toBeNull();
  });

  it("lists by due date and says in words what is overdue or due soon", async () => {
    register([
      request({ id: 1, due_on: "2026-04-16", days_left: 20 }),
      request({ id: 2, kind: "access", due_on: "2026-04-01", days_left: -2, overdue: true }),
      request({
        id: 3,
        kind: "objection",
        contact_id: null,
        contact_name: null,
        requester_name: "J. Doe",
        due_on: "2026-04-05",
        days_left: 3,
        due_soon: true,
      }),
      request({ id: 4, status: "done", due_on: "2026-03-01", closed_at: "2026-03-01T10:00:00Z" }),
    ]);
    render(RequestsView);
    const rows = await screen.findAllByTestId("request-row");
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining("Access (Art. 15)"),
      expect.stringContaining("Objection (Art. 21)"),
      expect.stringContaining("Erasure (Art. 17)"),
    ]);
    expect(rows[0].textContent).toContain("Overdue by 2 days");
    expect(rows[1].textContent).toContain("J. Doe (not matched to a contact)");
    expect(rows[1].textContent).toContain("Due soon: 3 days left");
    await waitFor(() => expect(requestBadge.badge).toBe(2));

    await fireEvent.click(screen.getByTestId("show-closed"));
    await waitFor(() => expect(screen.getAllByTestId("request-row")).toHaveLength(4));
    expect(screen.getAllByTestId("request-row")[3].textContent).toContain("Done");
  });

  it("logs a request from someone not yet matched and shows its due date", async () => {
    const list: Request[] = [];
    register(list, [], {
      open_request: ({ request: sent }) => {
        const logged = request({
          id: 5,
          ...(sent as Partial<Request>),
          contact_name: null,
          due_on: "2026-12-23",
          original_due_on: "2026-12-23",
          original_period_end: "2026-12-23",
          period_end: "2026-12-23",
        });
        list.push(logged);
        return logged;
      },
    });
    render(RequestsView);
    await fireEvent.click(await screen.findByTestId("new-request-button"));
    const dialog = await screen.findByTestId("new-request");
    await fireEvent.change(within(dialog).getByLabelText("Type of request"), { target: { value: "access" } });
    await fireEvent.click(within(dialog).getByTestId("request-submit"));
    expect(within(dialog).getByRole("alert").textContent).toContain("Say who asked");
    await fireEvent.click(within(dialog).getByTestId("request-unmatched"));
    await fireEvent.input(within(dialog).getByLabelText("Name, as they gave it"), { target: { value: "J. Doe" } });
    await fireEvent.input(within(dialog).getByLabelText("How to reach them (e-mail or address)"), {
      target: { value: "jd@example.com" },
    });
    await fireEvent.click(within(dialog).getByTestId("request-submit"));
    expect((await screen.findByTestId("requests-done")).textContent).toContain("due Wed, 23 Dec 2026");
    const call = invokeMock.mock.calls.find(([command]) => command === "open_request");
    expect(call?.[1]).toMatchObject({
      request: { kind: "access", contact_id: null, requester_name: "J. Doe", requester_contact: "jd@example.com" },
    });
    expect((await screen.findByTestId("request-detail")).textContent).toContain("Match the request to the requester's card first");
  });

  it("answers an access request with the report, recorded as its action", async () => {
    const list = [request({ kind: "access", contact_id: 7, contact_name: "Łucja Żak" })];
    register(list, [], {
      suggest_export_path: ({ fileName }) => `/home/ola/Documents/${String(fileName)}`,
      generate_document: ({ request: asked }) => {
        const { path } = asked as { path: string };
        list[0] = {
          ...list[0],
          status: "in_progress",
          actions: [
            ...list[0].actions,
            sampleAction({
              id: list[0].actions.length + 1,
              audit_entry_id: 50 + list[0].actions.length,
              audit_action: "document.access_report",
              description: "Access report generated in polski (2 pages, SHA-256 abcdef012345)",
            }),
          ],
        };
        return { path, pages: 2, bytes: 41_000, sha256: "ab" };
      },
      get_request: () => list[0],
    });
    render(RequestsView);
    await fireEvent.click(await screen.findByRole("button", { name: "Access (Art. 15)" }));
    const detail = await screen.findByTestId("request-detail");
    expect(within(detail).getByTestId("request-next-step").textContent).toContain("Generate the access report");
    await fireEvent.click(within(detail).getByTestId("request-report"));
    const dialog = await screen.findByTestId("document-dialog");
    await waitFor(() =>
      expect(within(dialog).getByLabelText<HTMLInputElement>("Save as").value).toContain("/home/ola/Documents/"),
    );
    await fireEvent.click(within(dialog).getByTestId("document-submit"));
    expect((await within(dialog).findByTestId("document-recorded")).textContent).toContain("request #1");
    const sent = invokeMock.mock.calls.filter(([command]) => command === "generate_document").map(([, args]) => args);
    expect(sent).toEqual([
      { request: expect.objectContaining({ kind: "access_report", contact: 7, request: 1 }) },
      { request: expect.objectContaining({ kind: "access_export", contact: 7, request: 1 }) },
    ]);
    await fireEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    expect((await screen.findByTestId("requests-done")).textContent).toBe("The report is recorded as what was done.");
    const again = await screen.findByTestId("request-detail");
    expect(within(again).getByTestId("request-actions").textContent).toContain("Access report generated in polski");
  });

  it("shows the core's refusal to close, records an audit entry as the action, then closes", async () => {
    const list = [request()];
    const erased: AuditEntry = {
      id: 42,
      at: "2026-03-20T10:00:00Z",
      operator: "Ola",
      action: "contact.erased",
      target_kind: "contact",
      target_id: "7",
      details: {},
      redacted: false,
    };
    const closeRefused = { code: "refused", message: CLOSE_REFUSED };
    let recorded = false;
    register(list, [erased], {
      close_request: () => {
        if (!recorded) throw closeRefused;
        list[0] = { ...list[0], status: "done", closed_at: "2026-03-21T10:00:00Z" };
        return list[0];
      },
      record_request_action: ({ auditEntryId, description }) => {
        recorded = true;
        list[0] = {
          ...list[0],
          status: "in_progress",
          actions: [
            sampleAction({
              audit_entry_id: Number(auditEntryId),
              done_at: erased.at,
              description: String(description),
              recorded_at: erased.at,
            }),
          ],
        };
        return list[0];
      },
    });
    render(RequestsView);
    await fireEvent.click(await screen.findByRole("button", { name: "Erasure (Art. 17)" }));
    const detail = await screen.findByTestId("request-detail");
    expect(within(detail).getByTestId("request-deadline").textContent).toContain("one month from receipt");

    await fireEvent.click(within(detail).getByTestId("request-open-card"));
    expect(view.section).toBe("contacts");
    expect(view.card?.id).toBe(7);
    view.section = "requests";

    await fireEvent.click(within(detail).getByTestId("request-close"));
    expect((await within(detail).findByTestId("close-error")).textContent).toBe(CLOSE_REFUSED);

    const select = await within(detail).findByLabelText("Audit entry that proves it");
    await fireEvent.change(select, { target: { value: "42" } });
    expect((within(detail).getByLabelText("What was done") as HTMLInputElement).value).toContain("Erased the contact");
    await fireEvent.click(within(detail).getByRole("button", { name: "Record the action" }));
    expect((await screen.findByTestId("requests-done")).textContent).toBe("The action is recorded.");
    const again = await screen.findByTestId("request-detail");
    expect(within(again).getByTestId("request-actions").textContent).toContain("audit entry #42");

    await fireEvent.click(within(again).getByTestId("request-close"));
    await waitFor(() => expect(screen.getByTestId("requests-done").textContent).toBe("The request is closed as done."));
    expect(screen.getByTestId("request-outcome").textContent).toContain("Closed as done");
  });
});
