import { clockTime, plural } from "../format";
import { openInbox } from "../inbox/inboxOpen";

type BoardHeaderProps = {
  openItems: number | null;
  pendingApprovals: number | null;
  generatedAt: string | null;
  loading: boolean;
  /** The last load failed (the banner says why). */
  failed: boolean;
  onRefresh: () => void;
};

export function BoardHeader({ openItems, pendingApprovals, generatedAt, loading, failed, onRefresh }: BoardHeaderProps) {
  const updated = generatedAt ? clockTime(generatedAt) : "";
  const syncText = loading ? "Updating…" : failed ? "Update failed" : updated ? `Updated ${updated}` : "";
  const dotState = loading ? " sync-dot--busy" : failed ? " sync-dot--failed" : "";

  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__mark" aria-hidden="true" />
        <h1 className="app-header__name">equipflow</h1>
        <span className="app-header__view">Flow board</span>
      </div>

      <div className="app-header__stats">
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
            aria-label={`${plural(pendingApprovals, "item")} awaiting approval`}
            aria-haspopup="dialog"
            title="Open the approvals inbox"
            onClick={openInbox}
          >
            <strong>{pendingApprovals}</strong> awaiting approval
          </button>
        )}
      </div>

      <div className="app-header__sync" aria-live="polite">
        <span className={`sync-dot${dotState}`} aria-hidden="true" />
        <span className="app-header__updated" title={updated ? `Board generated at ${updated}` : undefined}>
          {syncText}
        </span>
        <button type="button" className="button button--quiet" onClick={onRefresh} disabled={loading}>
          Refresh
        </button>
      </div>
    </header>
  );
}
