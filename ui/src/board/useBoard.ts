// Fetches the board from Rust and re-fetches whenever Rust says data changed.

import { useCallback, useEffect, useRef, useState } from "react";
import { commands, events } from "../bindings";
import {
  type BoardState,
  type LoadOutcome,
  initialBoardState,
  loadFinished,
  loadStarted,
  unexpectedError,
} from "./boardState";
import { createRefresher, type Refresher } from "./refresher";

export async function loadBoard(): Promise<LoadOutcome> {
  try {
    const result = await commands.boardGet();
    return result.status === "ok" ? { ok: true, board: result.data } : { ok: false, error: result.error };
  } catch (cause) {
    return { ok: false, error: unexpectedError(cause) };
  }
}

export function useBoard(): BoardState & { refresh: () => void } {
  const [state, setState] = useState<BoardState>(initialBoardState);
  const refresher = useRef<Refresher | null>(null);

  useEffect(() => {
    const current = createRefresher({
      load: loadBoard,
      onStart: () => setState(loadStarted),
      onResult: (outcome) => setState((s) => loadFinished(s, outcome)),
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
        (cause: unknown) => {
          // Without the event the board still works; it just needs a manual refresh.
          console.warn("equipflow: cannot listen for data-changed", cause);
        },
      );

    return () => {
      disposed = true;
      current.stop();
      unlisten?.();
      if (refresher.current === current) refresher.current = null;
    };
  }, []);

  const refresh = useCallback(() => refresher.current?.request(), []);
  return { ...state, refresh };
}
