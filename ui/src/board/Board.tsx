import type { BoardView } from "../bindings";
import { Column } from "./Column";

type BoardProps = {
  board: BoardView;
  now: Date;
  today: string;
  /** Opens an item's panel (click or Enter on a card). */
  onOpen?: (itemId: number) => void;
};

/** The columns, one per decision point, in the order Rust returns them. */
export function Board({ board, now, today, onOpen }: BoardProps) {
  return (
    <main className="board" aria-label="Flow board">
      {board.columns.map((column) => (
        <Column key={column.key} column={column} now={now} today={today} onOpen={onOpen} />
      ))}
    </main>
  );
}
