// Asks Rust which moves an item has right now. No React.

import { type AppError, commands, type MoveOption } from "../bindings";
import { call } from "../ipc";

export type LoadedMoves =
  | { ok: true; itemId: number; version: number; moves: MoveOption[] }
  | { ok: false; error: AppError };

export async function loadMoves(itemId: number): Promise<LoadedMoves> {
  const reply = await call(() => commands.itemMoves(itemId));
  if (!reply.ok) return reply;
  return { ok: true, itemId: reply.data.itemId, version: reply.data.version, moves: reply.data.moves };
}
