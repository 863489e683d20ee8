import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { coalesce, debounce, requestCounter, throttle } from "./timing";

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("debounce", () => {
  it("calls once, with the last arguments, after a pause", () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 120);
    debounced("a");
    vi.advanceTimersByTime(100);
    debounced("ab");
    vi.advanceTimersByTime(100);
    debounced("abc");
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(120);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith("abc");
  });

  it("can be cancelled", () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 120);
    debounced("a");
    debounced.cancel();
    vi.advanceTimersByTime(500);
    expect(fn).not.toHaveBeenCalled();
  });
});

describe("throttle", () => {
  it("calls at once, then at most once per period", () => {
    const fn = vi.fn();
    const throttled = throttle(fn, 30_000);
    throttled();
    throttled();
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(29_999);
    throttled();
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    throttled();
    expect(fn).toHaveBeenCalledTimes(2);
  });
});

describe("requestCounter", () => {
  it("keeps only the latest ticket current", () => {
    const requests = requestCounter();
    const first = requests.next();
    const second = requests.next();
    expect(requests.isCurrent(first)).toBe(false);
    expect(requests.isCurrent(second)).toBe(true);
  });

  it("drops a slow answer that arrives after a newer one", async () => {
    const requests = requestCounter();
    const shown: string[] = [];
    const ask = async (answer: string, delay: number) => {
      const ticket = requests.next();
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (requests.isCurrent(ticket)) shown.push(answer);
    };
    const slow = ask("an", 300);
    const fast = ask("anna", 50);
    await vi.advanceTimersByTimeAsync(300);
    await Promise.all([slow, fast]);
    expect(shown).toEqual(["anna"]);
  });

  it("makes every ticket stale on invalidate", () => {
    const requests = requestCounter();
    const ticket = requests.next();
    requests.invalidate();
    expect(requests.isCurrent(ticket)).toBe(false);
  });
});

describe("coalesce", () => {
  it("runs at once, keeps only the newest call while one runs, and runs it next", async () => {
    const calls: string[] = [];
    const finish: (() => void)[] = [];
    const run = coalesce(
      (q: string) =>
        new Promise<void>((resolve) => {
          calls.push(q);
          finish.push(resolve);
        }),
    );
    run("a");
    run("an");
    run("ann");
    expect(calls).toEqual(["a"]);
    finish[0]();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(["a", "ann"]);
    run("anna");
    run.cancel();
    finish[1]();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(["a", "ann"]);
  });
});
