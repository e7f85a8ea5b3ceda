import { useTranslation } from "react-i18next";
import type { Toast } from "../../dnd/useToast";
import "../../dnd/dnd.css";

/** The planner's toast (the board says what a move did with its BoardNotice). A live region, always present so screen readers announce what appears in it. */
export function MoveToast({ toast, onDismiss }: { toast: Toast | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div className={`toast toast--${toast.kind}`} data-toast-kind={toast.kind} key={toast.id}>
          <span className="toast__message">{toast.message}</span>
          <button type="button" className="toast__close" aria-label={t("moves.dismiss")} onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
