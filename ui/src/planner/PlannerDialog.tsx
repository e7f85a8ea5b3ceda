import type { ReactNode } from "react";
import { Dialog, DialogTitle } from "../shell/Dialog";

type PlannerDialogProps = {
  title: string;
  /** The dialog's own class, e.g. "planner-dialog--slot". */
  className: string;
  onClose: () => void;
  children: ReactNode;
};

/** The planner's dialogs: the board's prompt, a little wider. */
export function PlannerDialog({ title, className, onClose, children }: PlannerDialogProps) {
  return (
    <Dialog
      className={`move-prompt planner-dialog ${className}`}
      backdropClassName="move-prompt__backdrop planner-dialog__backdrop"
      onClose={onClose}
    >
      <DialogTitle className="move-prompt__title">{title}</DialogTitle>
      {children}
    </Dialog>
  );
}
