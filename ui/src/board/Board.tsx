import { useTranslation } from "react-i18next";
import { useEffect, useMemo, useRef } from "react";
import type { BoardView, ColumnKey } from "../bindings";
import { type BoardLayout, CompactCards } from "./boardLayout";
import { Column } from "./Column";
import { boardDrawn } from "./revealCard";
import { DragGhost } from "./dnd/DragGhost";
import { MoveMenu } from "./dnd/MoveMenu";
import { MovePrompt } from "./dnd/MovePrompt";
import { MovesContext } from "./dnd/MovesContext";
import { BoardNotice } from "./dnd/BoardNotice";
import { useMoves } from "./dnd/useMoves";
import { useUndoShortcut } from "./dnd/useUndoShortcut";
import { reuseUnchanged } from "./stableBoard";

type BoardProps = {
  board: BoardView;
  now: Date;
  today: string;
  /** Opens an item's panel (click or Enter on a card). */
  onOpen?: (itemId: number) => void;
  /** While a filter hides cards: each column's total, for "n of m". */
  totals?: ReadonlyMap<ColumnKey, number> | null;
  /** Compact cards, folded columns: the desk's choice. */
  layout?: BoardLayout;
  onToggleColumn?: (key: ColumnKey) => void;
};

const FULL: BoardLayout = { compact: false, collapsed: [] };

/**
 * The columns, one per decision point, in the order Rust returns them. A card
 * dragged onto a column (or moved with its menu) asks Rust for the move.
 */
export function Board({ board: fresh, now, today, onOpen, totals = null, layout = FULL, onToggleColumn }: BoardProps) {
  const { t } = useTranslation();
  const board = useStableBoard(fresh);
  const moves = useMoves(board, onOpen);
  useUndoShortcut(moves.showNotice);
  const dragging = moves.drag !== null && moves.drag.phase === "dragging";
  const draggedId = moves.drag?.card.itemId ?? null;

  return (
    <MovesContext.Provider value={moves.actions}>
      <CompactCards.Provider value={layout.compact}>
        <main
          className={`board${layout.compact ? " board--compact" : ""}${dragging ? " board--dragging" : ""}`}
          aria-label={t("board.name")}
          // With no card to tab to (a new shop), the board itself takes focus so its columns scroll by keyboard.
          tabIndex={board.columns.every((c) => c.cards.length === 0) ? 0 : undefined}
        >
          {board.columns.map((column) => (
            <Column
              key={column.key}
              column={column}
              now={now}
              today={today}
              onOpen={onOpen}
              total={totals?.get(column.key)}
              drop={moves.dropFor(column.key)}
              over={dragging && moves.drag?.over === column.key}
              busy={moves.busy}
              draggedId={draggedId}
              collapsed={layout.collapsed.includes(column.key)}
              onToggleCollapsed={onToggleColumn}
            />
          ))}
        </main>
      </CompactCards.Provider>
      <DragGhost drag={moves.drag} />
      {moves.menu && <MoveMenu menu={moves.menu} onChoose={moves.chooseFromMenu} onClose={moves.closeMenu} />}
      {moves.prompt && (
        <MovePrompt
          key={`${moves.prompt.card.itemId}-${moves.prompt.move.action}`}
          prompt={moves.prompt}
          onSubmit={moves.submitPrompt}
          onCancel={moves.cancelPrompt}
        />
      )}
      <BoardNotice notice={moves.notice} onUndo={() => void moves.undoFromNotice()} onDismiss={moves.dismissNotice} />
    </MovesContext.Provider>
  );
}

export const BOARD_RENDER_MARK = "equipflow:board-render";

/**
 * The board with the card and column objects of the last drawn board reused
 * wherever nothing changed, so a refresh redraws only the changed cards.
 */
function useStableBoard(fresh: BoardView): BoardView {
  const drawn = useRef<BoardView | null>(null);
  const board = useMemo(() => {
    // A User Timing mark when a new board starts drawing: the scale e2e test
    // (and anyone profiling) splits "data arrived" from "drawn" with it.
    performance.clearMarks?.(BOARD_RENDER_MARK);
    performance.mark?.(BOARD_RENDER_MARK);
    return reuseUnchanged(drawn.current, fresh);
  }, [fresh]);
  useEffect(() => {
    drawn.current = board;
    boardDrawn();
  }, [board]);
  return board;
}
