// What the board screen knows about its data, and how a load outcome
// changes it. Pure: no React, no IPC.

import type { AppError, BoardView } from "../bindings";
import type { Outcome } from "../ipc";

export type BoardState = {
  /** Last board Rust returned; kept on screen when a later load fails. */
  board: BoardView | null;
  /** Error of the most recent load, cleared by the next successful one. */
  error: AppError | null;
  /** A load is in flight. */
  loading: boolean;
};

export type LoadOutcome = Outcome<BoardView>;

/** Before the first load: with the board the page started with (start.ts), or loading. */
export function boardStateFrom(board: BoardView | null): BoardState {
  return { board, error: null, loading: board === null };
}

export function loadStarted(state: BoardState): BoardState {
  return state.loading ? state : { ...state, loading: true };
}

export function loadFinished(state: BoardState, outcome: LoadOutcome): BoardState {
  return outcome.ok
    ? { board: outcome.data, error: null, loading: false }
    : { board: state.board, error: outcome.error, loading: false };
}
