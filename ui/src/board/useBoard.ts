// Fetches the board from Rust and re-fetches whenever Rust says data changed.

import { useState } from "react";
import { commands } from "../bindings";
import {
  type BoardState,
  type LoadOutcome,
  initialBoardState,
  loadFinished,
  loadStarted,
  unexpectedError,
} from "./boardState";
import { useLiveRefresh } from "./useLiveRefresh";

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
  const refresh = useLiveRefresh(
    {
      load: loadBoard,
      onStart: () => setState(loadStarted),
      onResult: (outcome: LoadOutcome) => setState((s) => loadFinished(s, outcome)),
    },
    [],
  );
  return { ...state, refresh };
}
