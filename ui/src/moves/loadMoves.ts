// Asks Rust which moves an item has right now. No React.

import { commands, type ItemMoves } from "../bindings";
import { call, type Outcome } from "../ipc";

export type LoadedMoves = Outcome<ItemMoves>;

export function loadMoves(itemId: number): Promise<LoadedMoves> {
  return call(() => commands.itemMoves(itemId));
}
