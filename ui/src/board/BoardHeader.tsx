import { Trans, useTranslation } from "react-i18next";
import type { DueBackView } from "../bindings";
import { DueBackPill } from "../inbox/DueBack";
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
  /** What is due back or overdue (null until loaded), and how to open the list. */
  dueBack: DueBackView[] | null;
  onDueBack: () => void;
};

export function BoardHeader({
  openItems,
  pendingApprovals,
  generatedAt,
  loading,
  failed,
  onRefresh,
  compact,
  onCompact,
  dueBack,
  onDueBack,
}: BoardHeaderProps) {
  const { t } = useTranslation();
  return (
    <ScreenHeader
      view={t("board.view")}
      sync={{ loading, failed, updatedAt: generatedAt }}
      updatedTitle={(time) => t("board.generatedAt", { time })}
      onRefresh={onRefresh}
      actions={
        <button
          type="button"
          className="button button--quiet board-layout-toggle"
          aria-pressed={compact}
          title={compact ? t("board.showFull") : t("board.showCompact")}
          onClick={() => onCompact(!compact)}
        >
          {t("board.compact")}
        </button>
      }
    >
      {openItems !== null && (
        <span className="stat" data-stat="open-items">
          <Trans i18nKey="board.openItems" count={openItems} components={{ strong: <strong /> }} />
        </span>
      )}
      {pendingApprovals !== null && (
        <button
          type="button"
          className={`pill pill--button${pendingApprovals > 0 ? " pill--attention" : ""}`}
          data-stat="pending-approvals"
          aria-haspopup="dialog"
          title={t("board.openInbox")}
          onClick={openInbox}
        >
          <Trans i18nKey="board.awaitingApproval" count={pendingApprovals} components={{ strong: <strong /> }} />
        </button>
      )}
      {dueBack !== null && <DueBackPill rows={dueBack} onOpen={onDueBack} />}
    </ScreenHeader>
  );
}
