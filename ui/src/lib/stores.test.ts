import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openVault } from "./vault-test-support";
import * as api from "./api";
import type { ContactPage } from "./bindings/ContactPage";
import type { OpenRequest } from "./bindings/OpenRequest";
import type { SearchHit } from "./bindings/SearchHit";
import { contactList, PAGE_SIZE } from "./contact-list.svelte";
import { FIRST_SCREEN, SLOW_SEARCH_MS, search } from "./search.svelte";
import { session } from "./session.svelte";
import { view } from "./view.svelte";

vi.mock("./api", async (original) => ({
  ...(await original<typeof import("./api")>()),
  search: vi.fn(),
  listContacts: vi.fn(),
  lock: vi.fn(),
  takeOpenRequest: vi.fn(),
  appInfo: vi.fn(),
}));

const searchMock = vi.mocked(api.search);
const listMock = vi.mocked(api.listContacts);

const hit = (name: string): SearchHit => ({
  contact_id: 1,
  contact_name: name,
  location: { kind: "field", field: "display_name" },
  snippet: name,
  marks: [{ start: 0, end: name.length }],
  score: -1,
});

/** A promise with its resolver, to answer requests in any order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.resetAllMocks();
  search.reset();
  contactList.reset();
  view.reset();
});

describe("search store", () => {
  it("searches at once, and while one search runs only the newest query waits", async () => {
    const first = deferred<SearchHit[]>();
    searchMock.mockReturnValueOnce(first.promise).mockResolvedValue([hit("Anna")]);
    search.input("a");
    expect(searchMock).toHaveBeenCalledTimes(1);
    search.input("an");
    search.input("ann");
    expect(search.status).toBe("searching");
    first.resolve([hit("Adam")]);
    await vi.advanceTimersByTimeAsync(0);
    expect(searchMock.mock.calls.map(([q]) => q)).toEqual(["a", "ann"]);
    expect(search.hits.map((h) => h.contact_name)).toEqual(["Anna"]);
    expect(search.active).toBe(0);
    expect(search.status).toBe("done");
  });

  it("ignores an answer that arrives after a newer query", async () => {
    const slow = deferred<SearchHit[]>();
    const fast = deferred<SearchHit[]>();
    searchMock.mockReturnValueOnce(slow.promise).mockReturnValueOnce(fast.promise);
    search.input("an");
    search.input("anna");
    slow.resolve([hit("Andrzej"), hit("Anna Kowalska")]);
    await vi.advanceTimersByTimeAsync(0);
    expect(search.hits, "the answer for 'an' is not shown once 'anna' was typed").toEqual([]);
    fast.resolve([hit("Anna Kowalska")]);
    await vi.advanceTimersByTimeAsync(0);
    expect(search.hits.map((h) => h.contact_name)).toEqual(["Anna Kowalska"]);
  });

  it("drops a pending answer when the box is emptied", async () => {
    const pending = deferred<SearchHit[]>();
    searchMock.mockReturnValueOnce(pending.promise);
    search.input("an");
    search.input("");
    pending.resolve([hit("Anna")]);
    await vi.advanceTimersByTimeAsync(0);
    expect(search.hits).toEqual([]);
    expect(search.status).toBe("idle");
  });

  it("shows the core's message when the search fails", async () => {
    searchMock.mockRejectedValue(new api.ApiError("database", "Internal database error: busy."));
    search.input("anna");
    await vi.advanceTimersByTimeAsync(0);
    expect(search.status).toBe("error");
    expect(search.error).toBe("Internal database error: busy.");
  });
});

describe("search results", () => {
  it("draws the first screenful at once and the rest after that frame, unless a newer query came", async () => {
    const many = Array.from({ length: 50 }, (_, i) => hit(`Anna ${i}`));
    searchMock.mockResolvedValueOnce(many);
    search.input("anna");
    await Promise.resolve();
    await Promise.resolve();
    expect(search.hits).toHaveLength(50);
    expect(search.shown).toBe(FIRST_SCREEN);
    await vi.advanceTimersByTimeAsync(50);
    expect(search.shown).toBe(50);

    // A newer query's answer is not widened by the older one's late frame.
    const next = deferred<SearchHit[]>();
    searchMock.mockResolvedValueOnce(many).mockReturnValueOnce(next.promise);
    search.input("ann");
    await Promise.resolve();
    await Promise.resolve();
    expect(search.shown).toBe(FIRST_SCREEN);
    search.input("anna k");
    next.resolve(many.slice(0, 20));
    await Promise.resolve();
    await Promise.resolve();
    await Promise.resolve();
    expect(search.shown).toBe(FIRST_SCREEN);
    await vi.advanceTimersByTimeAsync(50);
    expect(search.hits).toHaveLength(20);
    expect(search.shown).toBe(20);
  });

  it("draws everything at once when it fits the first screenful", async () => {
    searchMock.mockResolvedValueOnce([hit("Anna"), hit("Anna K")]);
    search.input("anna");
    await vi.advanceTimersByTimeAsync(0);
    expect(search.shown).toBe(2);
  });
});

describe("session opening", () => {
  it("asks for the list's first page as the vault opens, before the main screen is built", () => {
    listMock.mockReturnValue(new Promise(() => {}));
    session.opened(openVault("/v.custos", "Ola"));
    expect(session.screen).toBe("main");
    expect(listMock).toHaveBeenCalledTimes(1);
    expect(listMock.mock.calls[0]?.[0]).toMatchObject({ offset: 0, limit: PAGE_SIZE });
  });

  it("asks for nothing while the operator must first choose a passphrase", () => {
    session.opened(openVault("/v.custos", "Ola", { must_change_passphrase: true }));
    expect(session.screen).toBe("choose-passphrase");
    expect(listMock).not.toHaveBeenCalled();
  });
});

describe("search panel", () => {
  it("opens with the results, and says it is searching only when that takes a while", async () => {
    const answer = deferred<SearchHit[]>();
    searchMock.mockReturnValueOnce(answer.promise);
    search.input("anna");
    expect(search.status).toBe("searching");
    expect(search.ready).toBe(false);
    await vi.advanceTimersByTimeAsync(SLOW_SEARCH_MS - 1);
    expect(search.ready).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(search.slow).toBe(true);
    expect(search.ready).toBe(true);
    answer.resolve([hit("Anna")]);
    await vi.advanceTimersByTimeAsync(0);
    expect(search.slow).toBe(false);
    expect(search.ready).toBe(true);
  });

  it("keeps the last results on screen while the next keystroke's search runs", async () => {
    searchMock.mockResolvedValueOnce([hit("Anna")]).mockReturnValueOnce(new Promise(() => {}));
    search.input("ann");
    await vi.advanceTimersByTimeAsync(0);
    search.input("anna");
    expect(search.ready).toBe(true);
    expect(search.hits.map((h) => h.contact_name)).toEqual(["Anna"]);
  });
});

describe("contact list store", () => {
  const page = (total: number, offset: number, count: number): ContactPage => ({
    total,
    items: Array.from({ length: count }, (_, i) => ({
      id: offset + i + 1,
      display_name: `Contact ${offset + i}`,
      status: "lead",
      organisation: null,
      last_contact_at: null,
    })),
  });

  it("fetches the rows on screen in one call, then the rows around them, each page once", async () => {
    listMock.mockImplementation(async (q) => page(100_000, q.offset, q.limit));
    const onScreen = { start: 90_030, end: 90_080 }; // straddles two pages
    contactList.ensure(onScreen);
    contactList.ensure({ start: 90_035, end: 90_085 });
    expect(listMock.mock.calls.map(([q]) => [q.offset, q.limit])).toEqual([[90_000, 2 * PAGE_SIZE]]);
    await vi.advanceTimersByTimeAsync(0);
    expect(contactList.total).toBe(100_000);
    expect(contactList.row(90_031)?.display_name).toBe("Contact 90031");
    // Then the rows around, one call per run of missing pages, and nothing more.
    await vi.advanceTimersByTimeAsync(0);
    const calls = listMock.mock.calls.map(([q]) => [q.offset, q.limit]);
    expect(calls.slice(1).sort()).toEqual([
      [89_900, 2 * PAGE_SIZE],
      [90_100, 2 * PAGE_SIZE],
    ]);
    expect(listMock.mock.calls.every(([q]) => q.status === null && !q.restricted)).toBe(true);
    expect(contactList.row(90_179)?.display_name).toBe("Contact 90179");
    expect(contactList.row(95_000)).toBeUndefined();
    contactList.ensure({ start: 90_000, end: 90_100 });
    await vi.advanceTimersByTimeAsync(0);
    expect(listMock).toHaveBeenCalledTimes(3);
  });

  it("shows a failed page's error and does not ask again by itself", async () => {
    listMock.mockRejectedValue({ code: "locked", message: "The vault is locked. Unlock it to go on." });
    contactList.ensure({ start: 0, end: 15 });
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(listMock).toHaveBeenCalledTimes(1);
    expect(contactList.error).toBe("The vault is locked. Unlock it to go on.");
    expect(contactList.row(0)).toBeUndefined();
  });

  it("drops the cache and late pages when the filter changes", async () => {
    const late = deferred<ContactPage>();
    listMock.mockReturnValueOnce(late.promise).mockResolvedValue(page(3, 0, 3));
    contactList.ensure({ start: 0, end: 10 });
    contactList.setStatus("customer");
    contactList.ensure({ start: 0, end: 10 });
    await vi.advanceTimersByTimeAsync(0);
    late.resolve(page(100_000, 0, PAGE_SIZE));
    await vi.advanceTimersByTimeAsync(0);
    expect(contactList.total).toBe(3);
    expect(listMock.mock.calls[1]?.[0].status).toBe("customer");
  });
});

describe("session", () => {
  it("clears every store when the vault locks, and says why", () => {
    session.opened(openVault("/home/ola/firma.custos", "Ola"));
    session.settings.auto_lock_minutes = 10;
    search.query = "anna";
    view.openCard(5);
    contactList.selected = 3;

    session.locked("idle");

    expect(session.screen).toBe("unlock");
    expect(session.vault).toBeNull();
    expect(session.notice).toBe("Locked after 10 minutes without activity.");
    expect(search.query).toBe("");
    expect(view.card).toBeNull();
    expect(contactList.selected).toBe(-1);
    expect(contactList.pages.size).toBe(0);
  });

  it("keeps the idle note when a locked answer arrives after the event", () => {
    session.opened(openVault("/v.custos", "Ola"));
    session.locked("idle");
    session.locked(null);
    expect(session.notice).toMatch(/without activity/);
  });

  it("locks on request even if the core fails to answer", async () => {
    vi.mocked(api.lock).mockRejectedValue({ code: "internal", message: "Internal error: gone." });
    session.opened(openVault("/v.custos", "Ola"));
    await session.lock();
    expect(session.screen).toBe("unlock");
    expect(session.notice).toContain("Internal error: gone.");
  });

  it("offers a file given from outside on the unlock screen, afresh each time", async () => {
    vi.mocked(api.takeOpenRequest).mockResolvedValue({ kind: "unlock", path: "/srv/shop.custos" });
    session.show("welcome");
    session.notice = "An old note";
    const before = session.offered;
    await session.takeOpenRequest();
    expect(session.screen).toBe("unlock");
    expect(session.unlockPath).toBe("/srv/shop.custos");
    expect(session.notice).toBeNull();
    expect(session.offered).toBe(before + 1);
  });

  it("asks before locking the open vault for another file, and locks only when the user agrees", async () => {
    vi.mocked(api.takeOpenRequest).mockResolvedValue({
      kind: "lock_first",
      path: "/srv/office.custos",
      unlocked: "/srv/shop.custos",
    });
    vi.mocked(api.lock).mockResolvedValue(null);
    session.opened(openVault("/srv/shop.custos", "Ola"));
    await session.takeOpenRequest();
    expect(session.screen).toBe("main");
    expect(session.request?.kind).toBe("lock_first");
    expect(api.lock).not.toHaveBeenCalled();

    await session.lockAndOffer("/srv/office.custos");
    expect(api.lock).toHaveBeenCalledOnce();
    expect(session.request).toBeNull();
    expect(session.screen).toBe("unlock");
    expect(session.unlockPath).toBe("/srv/office.custos");
  });

  it("shows why a file cannot be opened, and does nothing for the vault already open", async () => {
    session.opened(openVault("/srv/shop.custos", "Ola"));
    vi.mocked(api.takeOpenRequest).mockResolvedValueOnce({ kind: "already_open", path: "/srv/shop.custos" });
    await session.takeOpenRequest();
    expect(session.screen).toBe("main");
    expect(session.request).toBeNull();

    const error = { code: "vault_not_found" as const, reason: null, params: {}, items: [], message: "There is no file at /srv/gone.custos." };
    vi.mocked(api.takeOpenRequest).mockResolvedValueOnce({ kind: "refused", path: "/srv/gone.custos", error });
    await session.takeOpenRequest();
    expect(session.request).toEqual({ kind: "refused", path: "/srv/gone.custos", error });
    expect(session.screen).toBe("main");
  });

  it("starts on the unlock screen for a file the app was started with, and misses none given meanwhile", async () => {
    vi.mocked(api.appInfo).mockResolvedValue({
      default_vault_path: "/home/ola/vault.custos",
      suggested_vault_path: "/home/ola/vault.custos",
      suggested_vault_exists: false,
      unlocked: false,
      settings: { auto_lock_minutes: 10, operator: "Ola", operators: {}, last_vault: null, language: null },
      language: "en",
      system_language: "en",
    });
    const first = deferred<OpenRequest | null>();
    vi.mocked(api.takeOpenRequest)
      .mockReturnValueOnce(first.promise)
      .mockResolvedValueOnce({ kind: "unlock", path: "/srv/second.custos" });
    session.screen = "loading";
    const started = session.start();
    await vi.advanceTimersByTimeAsync(0);
    // A second launch while the start waits: its event is not lost.
    await session.takeOpenRequest();
    expect(api.takeOpenRequest).toHaveBeenCalledOnce();
    first.resolve({ kind: "unlock", path: "/srv/first.custos" });
    await started;
    expect(api.takeOpenRequest).toHaveBeenCalledTimes(2);
    expect(session.screen).toBe("unlock");
    expect(session.unlockPath).toBe("/srv/second.custos");
  });
});
