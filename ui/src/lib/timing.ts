// Small timing helpers: debounce, throttle, coalescing, and a guard against stale async responses.

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Drops a pending call. */
  cancel(): void;
}

/** Calls `fn` once `ms` have passed without another call, with the last arguments. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, ms);
  };
  debounced.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return debounced;
}

export interface Coalesced<A extends unknown[]> {
  (...args: A): void;
  /** Drops a queued call (one in flight still finishes). */
  cancel(): void;
}

/**
 * Runs `fn` at once when it is idle. While a run is in flight, only the newest arguments are
 * kept, and run as soon as it finishes: no waiting for a pause, and no queue of stale work.
 */
export function coalesce<A extends unknown[]>(fn: (...args: A) => Promise<void>): Coalesced<A> {
  let running = false;
  let queued: A | null = null;
  const run = async (args: A): Promise<void> => {
    running = true;
    try {
      await fn(...args);
    } finally {
      running = false;
      if (queued) {
        const next = queued;
        queued = null;
        void run(next);
      }
    }
  };
  const coalesced = (...args: A) => {
    if (running) queued = args;
    else void run(args);
  };
  coalesced.cancel = () => {
    queued = null;
  };
  return coalesced;
}

/** Calls `fn` at once, then ignores further calls until `ms` have passed. */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let last = -Infinity;
  return (...args: A) => {
    const now = Date.now();
    if (now - last < ms) return;
    last = now;
    fn(...args);
  };
}

/**
 * Numbers requests so that only the answer to the latest one is used: take a ticket with
 * `next()` before sending, and drop the answer unless `isCurrent(ticket)`.
 */
export function requestCounter() {
  let latest = 0;
  return {
    next: () => ++latest,
    isCurrent: (ticket: number) => ticket === latest,
    /** Makes every ticket handed out so far stale. */
    invalidate: () => {
      latest += 1;
    },
  };
}

/** Runs `f` once the frame being drawn now is on screen (at once in a test without frames). */
export function afterPaint(f: () => void): void {
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(f, 0));
  else setTimeout(f, 0);
}
