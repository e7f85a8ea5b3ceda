// Fetches the board from Rust and re-fetches whenever Rust says data changed.

import { useState } from "react";
import { commands } from "../bindings";
import { call } from "../ipc";
import { type BoardState, type LoadOutcome, initialBoardState, loadFinished, loadStarted } from "./boardState";
import { useLiveRefresh } from "./useLiveRefresh";

export function loadBoard(): Promise<LoadOutcome> {
  return call(() => commands.boardGet());
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
