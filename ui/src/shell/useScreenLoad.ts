import { type DependencyList, useState } from "react";
import { useLiveRefresh } from "../board/useLiveRefresh";

/**
 * A list screen's load: now and on every "data-changed", with whether one is
 * under way (for the header's sync state) and a manual refresh; again when
 * `deps` (what the load asks for, e.g. a period) change.
 */
export function useScreenLoad<O>(load: () => Promise<O>, onResult: (outcome: O) => void, deps: DependencyList = []) {
  const [loading, setLoading] = useState(true);
  const refresh = useLiveRefresh<O>(
    {
      load,
      onStart: () => setLoading(true),
      onResult: (outcome) => {
        setLoading(false);
        onResult(outcome);
      },
    },
    deps,
  );
  return { loading, refresh };
}
