// Asks Rust which moves an item has right now. No React.

import { type AppError, commands, type MoveOption } from "../bindings";

export type LoadedMoves =
  | { ok: true; itemId: number; version: number; moves: MoveOption[] }
  | { ok: false; error: AppError };

export async function loadMoves(itemId: number): Promise<LoadedMoves> {
  try {
    const reply = await commands.itemMoves(itemId);
    if (reply.status === "error") return { ok: false, error: reply.error };
    return { ok: true, itemId: reply.data.itemId, version: reply.data.version, moves: reply.data.moves };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, error: { code: "internal", message: message || "Unexpected error", field: null } };
  }
}
