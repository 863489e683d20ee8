// Named moments of the app's start and unlock, as `performance.mark`s: the desktop benchmark
// (`cargo xtask bench --desktop`, docs/BENCHMARKS.md) reads them through WebDriver to split
// "start → unlock screen" and "Unlock → first list page" into stages. A mark is a timestamp
// in the page's own list; nothing in the app reads them, and they cost nothing to speak of.

/** The moments, in the order a start and an unlock pass them. */
export type Moment =
  | "script" // the app's script started running
  | "app-info" // the shell answered what to show first
  | "unlock-screen" // the unlock screen shows its operators
  | "unlock-click" // the person asked to unlock
  | "unlocked" // the shell answered the unlock
  | "first-list"; // the first page of the contact list is in the DOM

/** Marks `moment` now (each time it happens: the benchmark takes the last). */
export function mark(moment: Moment): void {
  performance.mark(`custos:${moment}`);
}

/** Notes how long a call to the shell took, from `start` (`performance.now()`) to now, as the
 * measure `ipc:<command>`: the benchmark lists the calls between an unlock and the first list.
 * A browser without User Timing measures (a test's) notes nothing. */
export function measureCall(command: string, start: number): void {
  try {
    // The page keeps every measure until told otherwise: a day's calls must not pile up.
    if (++measured % KEPT_MEASURES === 0) performance.clearMeasures();
    performance.measure(`ipc:${command}`, { start });
  } catch {
    // Nothing to note it in: the call itself is unaffected.
  }
}

/** How many call measures are kept at most before they are dropped (an unlock makes ~10). */
const KEPT_MEASURES = 1000;
let measured = 0;
