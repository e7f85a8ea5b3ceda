// Loads an item's detail, moves and candidates, and reloads them whenever
// Rust says data changed (the same event the board listens to).

import { useEffect, useState } from "react";
import { commands } from "../bindings";
import { useLiveRefresh } from "../board/useLiveRefresh";
import { initialPanelState, loadPanel, panelLoadFinished, panelLoadStarted, type PanelState } from "./panelData";

export function usePanelData(itemId: number): PanelState & { refresh: () => void } {
  const [state, setState] = useState<PanelState>(initialPanelState);
  // Another item: start from nothing rather than show the last one's data.
  useEffect(() => setState(initialPanelState), [itemId]);
  const refresh = useLiveRefresh(
    {
      load: () => loadPanel(commands, itemId),
      onStart: () => setState(panelLoadStarted),
      onResult: (outcome) => setState((s) => panelLoadFinished(s, outcome)),
    },
    [itemId],
  );
  return { ...state, refresh };
}
