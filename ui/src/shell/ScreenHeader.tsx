import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { clockTime } from "../format";

/** Where a screen's data stands, for the sync dot and the text beside it. */
export type SyncState = {
  loading: boolean;
  /** The last load failed (the screen's banner says why). */
  failed: boolean;
  /**
   * When the data shown was made (ISO timestamp): the header says "Updated hh:mm",
   * or nothing while it is null. Screens that do not track it leave it out and
   * the header says "Up to date".
   */
  updatedAt?: string | null;
};

type ScreenHeaderProps = {
  /** The screen's name beside the brand, e.g. "Rules". */
  view: string;
  /** Counts and the like, in the middle; nothing there while null. */
  children?: ReactNode;
  sync: SyncState;
  /** A tooltip for the "Updated hh:mm" text, given that time. */
  updatedTitle?: (time: string) => string;
  onRefresh: () => void;
  /** Buttons at the right end, after Refresh. */
  actions?: ReactNode;
};

function syncText({ loading, failed, updatedAt }: SyncState, updated: string, t: TFunction): string {
  if (loading) return t("header.updating");
  if (failed) return t("header.updateFailed");
  if (updatedAt === undefined) return t("header.upToDate");
  return updated ? t("header.updated", { time: updated }) : "";
}

/** The header bar every screen shows: brand, view name, stats, sync state and Refresh. */
export function ScreenHeader({ view, children, sync, updatedTitle, onRefresh, actions }: ScreenHeaderProps) {
  const { t } = useTranslation();
  const updated = sync.updatedAt ? clockTime(sync.updatedAt) : "";
  const dotState = sync.loading ? " sync-dot--busy" : sync.failed ? " sync-dot--failed" : "";
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__mark" aria-hidden="true" />
        <h1 className="app-header__name">equipflow</h1>
        <span className="app-header__view">{view}</span>
      </div>
      {children && <div className="app-header__stats">{children}</div>}
      <div className="app-header__sync" aria-live="polite">
        <span className={`sync-dot${dotState}`} aria-hidden="true" />
        <span className="app-header__updated" title={updated && updatedTitle ? updatedTitle(updated) : undefined}>
          {syncText(sync, updated, t)}
        </span>
        <button type="button" className="button button--quiet" onClick={onRefresh} disabled={sync.loading}>
          {t("header.refresh")}
        </button>
        {actions}
      </div>
    </header>
  );
}
