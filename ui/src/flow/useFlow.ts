// Loads what the flow diagram draws (the board's columns and Rust's flow
// statistics) and loads it again whenever Rust says data changed.

import { useRef, useState } from "react";
import { type AppError, type BoardView, commands, type FlowStats } from "../bindings";
import { loadBoard, loadChanges } from "../board/useBoard";
import { useLiveRefresh } from "../board/useLiveRefresh";
import { call, type Outcome } from "../ipc";

export type FlowData = { board: BoardView; stats: FlowStats };
export type FlowOutcome = Outcome<FlowData>;

export type FlowState = {
  data: FlowData | null;
  error: AppError | null;
  loading: boolean;
};

/** The node counts come from the board: brought up to date by delta when one is held. */
export async function loadFlow(held: BoardView | null = null): Promise<FlowOutcome> {
  const [board, stats] = await Promise.all([
    held ? loadChanges(held) : loadBoard(),
    call(() => commands.flowGet()),
  ]);
  if (!board.ok) return board;
  if (!stats.ok) return stats;
  return { ok: true, data: { board: board.data, stats: stats.data } };
}

export function useFlow(): FlowState & { refresh: () => void } {
  const [state, setState] = useState<FlowState>({ data: null, error: null, loading: true });
  const held = useRef<BoardView | null>(null);
  const refresh = useLiveRefresh(
    {
      load: () => loadFlow(held.current),
      onStart: () => setState((s) => ({ ...s, loading: true })),
      onResult: (outcome: FlowOutcome) => {
        if (outcome.ok) held.current = outcome.data.board;
        setState((s) =>
          outcome.ok
            ? { data: outcome.data, error: null, loading: false }
            : { data: s.data, error: outcome.error, loading: false },
        );
      },
    },
    [],
  );
  return { ...state, refresh };
}
