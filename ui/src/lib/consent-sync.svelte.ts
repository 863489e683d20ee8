// What every consent view shares: a counter bumped after any consent or objection is recorded,
// so that each open view (card, audience list) fetches again at once; the method used last,
// offered first next time; and which purpose's audience is open.

import type { ConsentMethod } from "./bindings/ConsentMethod";

class ConsentSync {
  /** Bumped after every recorded event. */
  generation = $state(0);
  /** The method of the last event recorded in this session. */
  lastMethod = $state<ConsentMethod>("email");
  /** The purpose whose audience is open in Settings: it stays open while the user visits a card. */
  audiencePurpose = $state<number | null>(null);

  /** Tells every view that consents changed, remembering the method used. */
  recorded(method: ConsentMethod) {
    if (method !== "system") this.lastMethod = method;
    this.generation += 1;
  }

  reset() {
    this.generation = 0;
    this.lastMethod = "email";
    this.audiencePurpose = null;
  }
}

export const consentSync = new ConsentSync();
