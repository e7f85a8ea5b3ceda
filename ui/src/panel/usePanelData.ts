// Loads an item's detail, moves and candidates, and reloads them whenever
// Rust says data changed (the same event the board listens to).

import { useCallback, useEffect, useRef, useState } from "react";
import { commands, events } from "../bindings";
import { createRefresher, type Refresher } from "../board/refresher";
import { initialPanelState, loadPanel, panelLoadFinished, panelLoadStarted, type PanelState } from "./panelData";

export function usePanelData(itemId: number): PanelState & { refresh: () => void } {
  const [state, setState] = useState<PanelState>(initialPanelState);
  const refresher = useRef<Refresher | null>(null);

  useEffect(() => {
    setState(initialPanelState);
    const current = createRefresher({
      load: () => loadPanel(commands, itemId),
      onStart: () => setState(panelLoadStarted),
      onResult: (outcome) => setState((s) => panelLoadFinished(s, outcome)),
    });
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
        (cause: unknown) => console.warn("equipflow: panel cannot listen for data-changed", cause),
      );

    return () => {
      disposed = true;
      current.stop();
      unlisten?.();
      if (refresher.current === current) refresher.current = null;
    };
  }, [itemId]);

  const refresh = useCallback(() => refresher.current?.request(), []);
  return { ...state, refresh };
}
