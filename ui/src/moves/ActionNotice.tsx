import { useTranslation } from "react-i18next";
import type { CSSProperties, Ref } from "react";
import type { Notice } from "./notice";
import "./moves.css";

type ActionNoticeProps = {
  notice: Notice | null;
  onUndo: () => void;
  onDismiss: () => void;
  /** Where the notice sits (the board anchors it at the card). */
  style?: CSSProperties;
  className?: string;
  undoRef?: Ref<HTMLButtonElement>;
};

/**
 * What happened after an action, in Rust's words, with Undo where Rust offers
 * it. A live region that is always there, so screen readers announce each new
 * notice; it stays until dismissed (×, Esc inside it) or replaced.
 */
export function ActionNotice({ notice, onUndo, onDismiss, style, className = "", undoRef }: ActionNoticeProps) {
  const { t } = useTranslation();
  return (
    <div className={`notice-region ${className}`} role="status" aria-live="polite">
      {notice && (
        <div
          key={notice.id}
          className={`notice notice--${notice.kind}`}
          data-notice-kind={notice.kind}
          data-notice-item={notice.itemId ?? undefined}
          style={style}
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              e.preventDefault();
              e.stopPropagation();
              onDismiss();
            }
          }}
        >
          <p className="notice__text">
            {notice.step && <strong className="notice__step">{notice.step} — </strong>}
            {notice.text}
          </p>
          <div className="notice__actions">
            {notice.undo && (
              <button
                ref={undoRef}
                type="button"
                className="button notice__undo"
                aria-keyshortcuts="Control+Z"
                title={notice.undo.label}
                onClick={onUndo}
              >
                {t("moves.undo")}<span className="notice__undo-what">: {notice.undo.label}</span>
              </button>
            )}
            <button type="button" className="notice__close" aria-label={t("moves.dismiss")} onClick={onDismiss}>
              ×
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
