import { useTranslation } from "react-i18next";
import type { Outcome } from "../ipc";
import { BookAnyway } from "./BookAnyway";
import { PlannerDialog } from "./PlannerDialog";

type OverrideDialogProps = {
  /** Rust's words: which rules the slot breaks. */
  message: string;
  /** The slot asked for, in words. */
  what: string;
  confirm: (reason: string) => Promise<Outcome<unknown>>;
  onClose: () => void;
};

/** "Book anyway?" for a drop or a suggested slot Rust answered "overridable". */
export function OverrideDialog({ message, what, confirm, onClose }: OverrideDialogProps) {
  const { t } = useTranslation();
  return (
    <PlannerDialog title={t("planner.bookAnywayAsk")} onClose={onClose} className="planner-dialog--override">
      <p className="move-prompt__item">{what}</p>
      <BookAnyway message={message} confirm={confirm} onDone={onClose} onCancel={onClose} />
    </PlannerDialog>
  );
}
