import { openInbox } from "../inbox/inboxOpen";
import { ScreenHeader } from "../shell/ScreenHeader";

type BoardHeaderProps = {
  openItems: number | null;
  pendingApprovals: number | null;
  generatedAt: string | null;
  loading: boolean;
  /** The last load failed (the banner says why). */
  failed: boolean;
  onRefresh: () => void;
  /** Compact cards on (the desk's choice), and how to switch. */
  compact: boolean;
  onCompact: (compact: boolean) => void;
};

export function BoardHeader({ openItems, pendingApprovals, generatedAt, loading, failed, onRefresh, compact, onCompact }: BoardHeaderProps) {
  return (
    <ScreenHeader
      view="Flow board"
      sync={{ loading, failed, updatedAt: generatedAt }}
      updatedTitle={(time) => `Board generated at ${time}`}
      onRefresh={onRefresh}
      actions={
        <button
          type="button"
          className="button button--quiet board-layout-toggle"
          aria-pressed={compact}
          title={compact ? "Show full cards" : "Show more cards: compact cards and narrower columns"}
          onClick={() => onCompact(!compact)}
        >
          Compact cards
        </button>
      }
    >
      {openItems !== null && (
        <span className="stat" data-stat="open-items">
          <strong>{openItems}</strong> open {openItems === 1 ? "item" : "items"}
        </span>
      )}
      {pendingApprovals !== null && (
        <button
          type="button"
          className={`pill pill--button${pendingApprovals > 0 ? " pill--attention" : ""}`}
          data-stat="pending-approvals"
          aria-haspopup="dialog"
          title="Open the approvals inbox"
          onClick={openInbox}
        >
          <strong>{pendingApprovals}</strong> awaiting approval
        </button>
      )}
    </ScreenHeader>
  );
}
