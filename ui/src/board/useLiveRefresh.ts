// Loads something from Rust and loads it again whenever Rust says data
// changed: the one subscription pattern the board and the item panel share.

import { type DependencyList, useCallback, useEffect, useRef } from "react";
import { events } from "../bindings";
import { createRefresher, type Refresher } from "./refresher";

export type LiveLoad<O> = {
  load: () => Promise<O>;
  onStart: () => void;
  onResult: (outcome: O) => void;
};

/** Starts loading now and on every "data-changed"; returns a manual refresh. */
export function useLiveRefresh<O>(live: LiveLoad<O>, deps: DependencyList): () => void {
  const refresher = useRef<Refresher | null>(null);

  useEffect(() => {
    const current = createRefresher(live);
    refresher.current = current;
    current.request();

    let disposed = false;
    let unlisten: (() => void) | null = null;
    events.dataChanged
      .listen(() => current.request())
      .then(
        (stop) => {
          if (disposed) stop();
          else unlisten = stop;
        },
        // Without the event the view still works; it just needs a manual refresh.
        (cause: unknown) => console.warn("equipflow: cannot listen for data-changed", cause),
      );

    return () => {
      disposed = true;
      current.stop();
      unlisten?.();
      if (refresher.current === current) refresher.current = null;
    };
    // The caller names what the load depends on.
  }, deps);

  return useCallback(() => refresher.current?.request(), []);
}
