// Coalesces reload requests: at most one load in flight, and at most one
// more queued behind it however many requests arrive meanwhile (a burst of
// "data-changed" events from a busy desk becomes two fetches, not fifty).
// Framework-free so it can be tested without React.

export type Refresher = {
  /** Ask for fresh data; starts now, or right after the load in flight. */
  request(): void;
  /** Drop every later result; used when the view goes away. */
  stop(): void;
};

export type RefresherHandlers<T> = {
  /** Must not reject: failures are values of T. */
  load: () => Promise<T>;
  onStart: () => void;
  onResult: (value: T) => void;
};

export function createRefresher<T>({ load, onStart, onResult }: RefresherHandlers<T>): Refresher {
  let inFlight = false;
  let queued = false;
  let stopped = false;

  async function run(): Promise<void> {
    inFlight = true;
    onStart();
    try {
      const value = await load();
      // A result that is already superseded by a queued request is still
      // shown: it is newer than what is on screen.
      if (!stopped) onResult(value);
    } finally {
      inFlight = false;
      if (queued && !stopped) {
        queued = false;
        void run();
      }
    }
  }

  return {
    request() {
      if (stopped) return;
      if (inFlight) {
        queued = true;
        return;
      }
      void run();
    },
    stop() {
      stopped = true;
      queued = false;
    },
  };
}
