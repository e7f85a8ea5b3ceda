// A printable paper (the day sheet, a stop's delivery note) in a dialog of
// its own: Print shows the paper alone (paper.css @media print) in the
// system's print dialog; Save as PDF has Rust make the same paper as a PDF
// file in the desk's Downloads folder.

import { type ReactNode, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { createPortal } from "react-dom";
import type { AppError, SavedFile } from "../bindings";
import type { Outcome } from "../ipc";
import { FieldError } from "../shell/FieldError";
import { Dialog } from "../shell/Dialog";
import { printPage } from "../shell/print";
import "./paper.css";

type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; file: SavedFile } | { kind: "failed"; error: AppError };

type PaperDialogProps = {
  /** The dialog's accessible name ("Day sheet", "Delivery note"). */
  label: string;
  /** The paper is loaded: Print and Save as PDF can run. */
  ready: boolean;
  /** Has Rust save the paper as a PDF. */
  savePdf: () => Promise<Outcome<SavedFile>>;
  onClose: () => void;
  /** `data-*` naming the dialog for tests. */
  dataName: string;
  children: ReactNode;
};

export function PaperDialog({ label, ready, savePdf, onClose, dataName, children }: PaperDialogProps) {
  const { t } = useTranslation();
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const [printError, setPrintError] = useState<AppError | null>(null);

  const saveIt = async () => {
    setSave({ kind: "saving" });
    const r = await savePdf();
    setSave(r.ok ? { kind: "saved", file: r.data } : { kind: "failed", error: r.error });
  };

  // On <body> itself, so printing can show the paper alone (paper.css, @media print).
  return createPortal(
    <Dialog
      className="day-sheet"
      backdropClassName="day-sheet__backdrop"
      backdropCloses={false}
      label={label}
      onClose={onClose}
      {...{ [`data-${dataName}`]: "" }}
    >
      <div className="day-sheet__actions">
        <button type="button" className="button button--primary" onClick={() => printPage(setPrintError)} disabled={!ready}>
          {t("planner.print")}
        </button>
        <button type="button" className="button" onClick={() => void saveIt()} disabled={!ready || save.kind === "saving"} data-save-pdf="">
          {save.kind === "saving" ? t("common.saving") : t("planner.savePdf")}
        </button>
        <button type="button" className="button" onClick={onClose} data-autofocus="">
          {t("common.close")}
        </button>
      </div>
      <div className="day-sheet__outcome" role="status">
        {save.kind === "saved" && (
          <p className="day-sheet__saved" data-saved-path={save.file.path}>
            <Trans
              i18nKey="planner.savedIn"
              values={{ file: save.file.fileName, folder: save.file.folder }}
              components={{ strong: <strong />, folder: <span className="day-sheet__folder" /> }}
            />
          </p>
        )}
      </div>
      <FieldError error={save.kind === "failed" ? save.error : printError} className="refusal day-sheet__refusal" />
      {children}
    </Dialog>,
    document.body,
  );
}
