// What the item panel shows, loaded from Rust. Framework-free: the API is
// passed in; the hook in usePanelData.ts adds React and the change event.

import type { AppError, CandidateView, ItemDetail, ItemMoves, commands } from "../bindings";
import { unexpectedError } from "../board/boardState";
import { productMoves } from "./moveCommand";

export type ReadApi = Pick<typeof commands, "itemDetail" | "itemMoves" | "itemCandidates">;

export type PanelData = {
  detail: ItemDetail;
  moves: ItemMoves;
  /** Ranked products to pick from; empty unless a move asks for a product. */
  candidates: CandidateView[];
};

export type PanelLoad = { ok: true; data: PanelData } | { ok: false; error: AppError };

export type PanelState = {
  /** Last data Rust returned; kept on screen when a later load fails. */
  data: PanelData | null;
  error: AppError | null;
  loading: boolean;
};

export const initialPanelState: PanelState = { data: null, error: null, loading: true };

export function panelLoadStarted(state: PanelState): PanelState {
  return state.loading ? state : { ...state, loading: true };
}

export function panelLoadFinished(state: PanelState, outcome: PanelLoad): PanelState {
  return outcome.ok
    ? { data: outcome.data, error: null, loading: false }
    : { data: state.data, error: outcome.error, loading: false };
}

export async function loadPanel(api: ReadApi, itemId: number): Promise<PanelLoad> {
  try {
    const [detail, moves] = await Promise.all([api.itemDetail(itemId), api.itemMoves(itemId)]);
    if (detail.status === "error") return { ok: false, error: detail.error };
    if (moves.status === "error") return { ok: false, error: moves.error };
    let candidates: CandidateView[] = [];
    if (productMoves(moves.data.moves).length > 0) {
      const ranked = await api.itemCandidates(itemId);
      if (ranked.status === "error") return { ok: false, error: ranked.error };
      candidates = ranked.data;
    }
    return { ok: true, data: { detail: detail.data, moves: moves.data, candidates } };
  } catch (cause) {
    return { ok: false, error: unexpectedError(cause) };
  }
}
