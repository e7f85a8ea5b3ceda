// Fetches the board from Rust and brings it up to date whenever Rust says
// data changed: with what changed since the board's cursor when a board is
// held, with the whole board otherwise (first load, manual refresh, or a delta
// that does not fit). The page's first board comes with the page (start.ts)
// and is drawn at once; the load on mount brings it up to date the same way.

import { useCallback, useRef, useState } from "react";
import { type BoardView, commands } from "../bindings";
import { call } from "../ipc";
import { applyDelta } from "./applyDelta";
import { startBoard } from "../start";
import { type BoardState, type LoadOutcome, boardStateFrom, loadFinished, loadStarted } from "./boardState";
import { useLiveRefresh } from "./useLiveRefresh";

/** The whole board. */
export function loadBoard(): Promise<LoadOutcome> {
  return call(() => commands.boardGet());
}

/**
 * `held` with what changed since its cursor; the whole board when the delta
 * call fails or the delta does not fit `held` (see `applyDelta`).
 */
export async function loadChanges(held: BoardView): Promise<LoadOutcome> {
  const delta = await call(() => commands.boardChanges(held.cursor));
  const next = delta.ok ? applyDelta(held, delta.data) : null;
  return next ? { ok: true, data: next } : loadBoard();
}

export function useBoard(): BoardState & { refresh: () => void } {
  const [state, setState] = useState<BoardState>(() => boardStateFrom(startBoard()));
  // The last board a load returned (what `state.board` holds once React
  // renders), read by the next load; and whether that load must be a full one.
  const held = useRef<BoardView | null>(state.board);
  const full = useRef(false);
  const request = useLiveRefresh(
    {
      load: () => {
        const board = full.current ? null : held.current;
        full.current = false;
        return board ? loadChanges(board) : loadBoard();
      },
      onStart: () => setState(loadStarted),
      onResult: (outcome: LoadOutcome) => {
        if (outcome.ok && held.current === null) performance.mark("equipflow:board-data");
        if (outcome.ok) held.current = outcome.data;
        setState((s) => loadFinished(s, outcome));
      },
    },
    [],
  );
  const refresh = useCallback(() => {
    full.current = true;
    request();
  }, [request]);
  return { ...state, refresh };
}
