import type { ReactNode } from "react";

type ScreenHeaderProps = {
  /** The screen's name beside the brand, e.g. "Rules". */
  view: string;
  /** Counts and the like, in the middle. */
  stats?: ReactNode;
  loading: boolean;
  failed: boolean;
  onRefresh: () => void;
  /** Buttons at the right end, after Refresh. */
  actions?: ReactNode;
};

/** The header bar every settings screen shares with the board: brand, stats, sync state. */
export function ScreenHeader({ view, stats, loading, failed, onRefresh, actions }: ScreenHeaderProps) {
  const syncText = loading ? "Updating…" : failed ? "Update failed" : "Up to date";
  const dotState = loading ? " sync-dot--busy" : failed ? " sync-dot--failed" : "";
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__mark" aria-hidden="true" />
        <h1 className="app-header__name">equipflow</h1>
        <span className="app-header__view">{view}</span>
      </div>
      {stats && <div className="app-header__stats">{stats}</div>}
      <div className="app-header__sync" aria-live="polite">
        <span className={`sync-dot${dotState}`} aria-hidden="true" />
        <span className="app-header__updated">{syncText}</span>
        <button type="button" className="button button--quiet" onClick={onRefresh} disabled={loading}>
          Refresh
        </button>
        {actions}
      </div>
    </header>
  );
}
