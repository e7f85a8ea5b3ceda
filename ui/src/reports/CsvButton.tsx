// A table's "Save as CSV": Rust writes the file (`report_csv_save`) for the
// period the screen shows; the button says where it went.

import { createContext, useContext, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AppError, ReportTable, SavedFile } from "../bindings";
import { commands } from "../bindings";
import { call } from "../ipc";

export type Period = { from: string; to: string };

type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; file: SavedFile } | { kind: "failed"; error: AppError };

/** The period the screen shows, for every table's CSV button. */
export const PeriodContext = createContext<Period>({ from: "", to: "" });

/**
 * Saves one table as CSV through Rust and says where it went. Every table on
 * the screen has one: a section's main table in its header, the small ones
 * beside their caption (`small`).
 */
export function CsvButton({ table, caption, small = false }: { table: ReportTable; caption: string; small?: boolean }) {
  const { t } = useTranslation();
  const period = useContext(PeriodContext);
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const saveCsv = async () => {
    setSave({ kind: "saving" });
    const r = await call(() => commands.reportCsvSave(table, period.from, period.to));
    setSave(r.ok ? { kind: "saved", file: r.data } : { kind: "failed", error: r.error });
  };
  return (
    <span className="report__csv">
      <button
        type="button"
        className={small ? "report__csv-small" : "button"}
        data-csv={table}
        aria-label={small ? t("reports.saveCsvName", { caption }) : undefined}
        onClick={() => void saveCsv()}
        disabled={save.kind === "saving"}
      >
        {save.kind === "saving" ? t("common.saving") : small ? "CSV" : t("reports.saveCsv")}
      </button>
      <span className="report__saved" role="status">
        {save.kind === "saved" && t("sheets.saved", { file: save.file.fileName, folder: save.file.folder })}
        {save.kind === "failed" && save.error.message}
      </span>
    </span>
  );
}

