// Loads what the flow diagram draws (the board's columns and Rust's flow
// statistics) and loads it again whenever Rust says data changed.

import { useState } from "react";
import { type AppError, type BoardView, commands, type FlowStats } from "../bindings";
import { unexpectedError } from "../board/boardState";
import { useLiveRefresh } from "../board/useLiveRefresh";

export type FlowData = { board: BoardView; stats: FlowStats };
export type FlowOutcome = { ok: true; data: FlowData } | { ok: false; error: AppError };

export type FlowState = {
  data: FlowData | null;
  error: AppError | null;
  loading: boolean;
};

export async function loadFlow(): Promise<FlowOutcome> {
  try {
    const [board, stats] = await Promise.all([commands.boardGet(), commands.flowGet()]);
    if (board.status === "error") return { ok: false, error: board.error };
    if (stats.status === "error") return { ok: false, error: stats.error };
    return { ok: true, data: { board: board.data, stats: stats.data } };
  } catch (cause) {
    return { ok: false, error: unexpectedError(cause) };
  }
}

export function useFlow(): FlowState & { refresh: () => void } {
  const [state, setState] = useState<FlowState>({ data: null, error: null, loading: true });
  const refresh = useLiveRefresh(
    {
      load: loadFlow,
      onStart: () => setState((s) => ({ ...s, loading: true })),
      onResult: (outcome: FlowOutcome) =>
        setState((s) =>
          outcome.ok
            ? { data: outcome.data, error: null, loading: false }
            : { data: s.data, error: outcome.error, loading: false },
        ),
    },
    [],
  );
  return { ...state, refresh };
}
