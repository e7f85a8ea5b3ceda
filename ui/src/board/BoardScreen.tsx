import { Trans, useTranslation } from "react-i18next";
import { useCallback, useMemo, useState } from "react";
import type { BoardCard, BoardView } from "../bindings";
import { localIsoDate } from "../format";
import { ApprovalsInbox, approvalCards } from "../inbox/ApprovalsInbox";
import { DueBackDrawer, useDueBack } from "../inbox/DueBack";
import { dateLabel, deskLocale } from "../people";
import { ItemPanel } from "../panel/ItemPanel";
import { ErrorBanner } from "../shell/ErrorBanner";
import type { ViewKey } from "../shell/views";
import { SetupChecklist } from "../shop/SetupChecklist";
import { useNow } from "../useNow";
import { Board } from "./Board";
import { BoardHeader } from "./BoardHeader";
import { FilterBar } from "./FilterBar";
import { focusCard } from "./revealCard";
import { useBoardLayout } from "./boardLayout";
import { useBoard } from "./useBoard";
import { useBoardFilter } from "./useBoardFilter";
import "./board.css";

function findCard(board: BoardView | null, itemId: number | null): BoardCard | null {
  if (!board || itemId === null) return null;
  for (const column of board.columns) {
    const found = column.cards.find((c) => c.itemId === itemId);
    if (found) return found;
  }
  return null;
}

function onlyColumn(board: BoardView | null, column: string | null): BoardView | null {
  if (!board || !column) return board;
  return { ...board, columns: board.columns.filter((c) => c.key === column) };
}

/** The flow board with its header: loads from Rust, redraws on change; a card opens its item panel. */
type BoardScreenProps = {
  /** Show one column only (a flow-diagram node was clicked); null shows all. */
  column?: string | null;
  onColumn?: (column: string | null) => void;
  /** Opens another screen (a step of the new shop's checklist). */
  onOpenView?: (view: ViewKey) => void;
  /** Start filtered to one customer's items (by name, as the filter bar offers them). */
  customer?: string | null;
  /** Opens a customer's card (from the due back list). */
  onOpenCustomer?: (customerId: number) => void;
};

export function BoardScreen({ column = null, onColumn, onOpenView, customer = null, onOpenCustomer }: BoardScreenProps = {}) {
  const { t } = useTranslation();
  const { board, error, loading, refresh } = useBoard();
  const now = useNow();
  const today = localIsoDate(now);
  const filters = useBoardFilter(board, today, customer);
  const { layout, setCompact, toggleColumn } = useBoardLayout();
  const [openItemId, setOpenItemId] = useState<number | null>(null);
  // Loaded again with the board: a return requested or checked in changes it.
  const dueBack = useDueBack(board?.generatedAt);
  const [dueBackOpen, setDueBackOpen] = useState(false);
  const openCard = useMemo(() => findCard(board, openItemId), [board, openItemId]);
  const shown = useMemo(() => onlyColumn(filters.shown ?? board, column), [filters.shown, board, column]);
  const focusedTitle = column ? board?.columns.find((c) => c.key === column)?.title ?? column : null;

  const closePanel = useCallback(() => {
    const id = openItemId;
    setOpenItemId(null);
    // Back to the card the panel was opened from, for keyboard users (drawn
    // first if a long column scrolled it away).
    if (id !== null) focusCard(id);
  }, [openItemId]);

  return (
    <div className="app">
      <BoardHeader
        openItems={board?.openItems ?? null}
        pendingApprovals={board?.pendingApprovals ?? null}
        generatedAt={board?.generatedAt ?? null}
        loading={loading}
        failed={error !== null}
        onRefresh={refresh}
        compact={layout.compact}
        onCompact={setCompact}
        dueBack={dueBack}
        onDueBack={() => setDueBackOpen(true)}
      />
      <ErrorBanner error={error} what={t("board.loadWhat")} stale={board !== null} onRetry={refresh} />
      <SetupChecklist onOpenView={onOpenView} />
      {board && <FilterBar filter={filters.filter} onChange={filters.setFilter} {...filters.choices} />}
      {focusedTitle && (
        <div className="column-focus" role="status">
          <Trans i18nKey="board.focus" values={{ column: focusedTitle }} components={{ strong: <strong /> }} />
          <button type="button" className="button button--quiet" onClick={() => onColumn?.(null)}>
            {t("board.showAll")}
          </button>
        </div>
      )}
      <div className="workspace">
        {board ? (
          <Board
            board={shown ?? board}
            totals={filters.totals}
            now={now}
            today={today}
            onOpen={setOpenItemId}
            layout={layout}
            onToggleColumn={toggleColumn}
          />
        ) : (
          <main className="board board--placeholder" aria-busy={loading}>
            {loading && <p className="board__loading">{t("board.loading")}</p>}
          </main>
        )}
        {openItemId !== null && <ItemPanel key={openItemId} itemId={openItemId} card={openCard} onClose={closePanel} />}
      </div>
      <ApprovalsInbox cards={approvalCards(board)} today={today} />
      {dueBackOpen && dueBack && (
        <DueBackDrawer
          rows={dueBack}
          onClose={() => setDueBackOpen(false)}
          onOpenCustomer={onOpenCustomer}
          dateText={(iso) => dateLabel(iso, today, deskLocale())}
        />
      )}
    </div>
  );
}
