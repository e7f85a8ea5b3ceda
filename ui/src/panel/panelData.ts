// What the item panel shows, loaded from Rust. Framework-free: the API is
// passed in; the hook in usePanelData.ts adds React and the change event.

import type { AppError, CandidateView, ItemDetail, ItemMoves, commands } from "../bindings";
import { call, type Outcome } from "../ipc";
import { productMoves } from "../moves/moveControls";

export type ReadApi = Pick<typeof commands, "itemDetail" | "itemMoves" | "itemCandidates">;

export type PanelData = {
  detail: ItemDetail;
  moves: ItemMoves;
  /** Ranked products to pick from; empty unless a move asks for a product. */
  candidates: CandidateView[];
};

export type PanelLoad = Outcome<PanelData>;

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
  const [detail, moves] = await Promise.all([call(() => api.itemDetail(itemId)), call(() => api.itemMoves(itemId))]);
  if (!detail.ok) return detail;
  if (!moves.ok) return moves;
  let candidates: CandidateView[] = [];
  if (productMoves(moves.data.moves).length > 0) {
    const ranked = await call(() => api.itemCandidates(itemId));
    if (!ranked.ok) return ranked;
    candidates = ranked.data;
  }
  return { ok: true, data: { detail: detail.data, moves: moves.data, candidates } };
}
