import { localIsoDate } from "../format";
import { useNow } from "../useNow";
import { Board } from "./Board";
import { BoardHeader } from "./BoardHeader";
import { ErrorBanner } from "./ErrorBanner";
import { useBoard } from "./useBoard";

/** The flow board with its header: loads from Rust, redraws on change. */
export function BoardScreen() {
  const { board, error, loading, refresh } = useBoard();
  const now = useNow();
  const today = localIsoDate(now);

  return (
    <div className="app">
      <BoardHeader
        openItems={board?.openItems ?? null}
        pendingApprovals={board?.pendingApprovals ?? null}
        generatedAt={board?.generatedAt ?? null}
        loading={loading}
        failed={error !== null}
        onRefresh={refresh}
      />
      {error && <ErrorBanner error={error} stale={board !== null} onRetry={refresh} />}
      {board ? (
        <Board board={board} now={now} today={today} />
      ) : (
        <main className="board board--placeholder" aria-busy={loading}>
          {loading && <p className="board__loading">Loading the board…</p>}
        </main>
      )}
    </div>
  );
}
