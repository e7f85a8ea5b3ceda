import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppError, commands, type ImportDone, type ImportPreview, type ImportStatus, type SavedFile, type SheetKind } from "../bindings";
import type { WordKey } from "../i18n";
import { call } from "../ipc";
import { ScreenHeader } from "../shell/ScreenHeader";
import "./sheets.css";

/** What can be imported, in the order a new shop fills itself: products before the services and stock that name them, customers before their orders. */
const IMPORTS: { kind: SheetKind; label: WordKey; hint: WordKey | null }[] = [
  { kind: "products", label: "sheets.kind.products", hint: "sheets.hint.products" },
  { kind: "services", label: "sheets.kind.services", hint: "sheets.hint.services" },
  { kind: "stock_units", label: "sheets.kind.stock_units", hint: "sheets.hint.stock_units" },
  { kind: "customers", label: "sheets.kind.customers", hint: "sheets.hint.customers" },
  { kind: "open_orders", label: "sheets.kind.open_orders", hint: "sheets.hint.open_orders" },
];

const EXPORTS: { kind: SheetKind; label: WordKey; hint: WordKey | null }[] = [...IMPORTS, { kind: "audit_trail", label: "sheets.kind.audit_trail", hint: null }];

/** How often the progress of a running import is asked for. */
const PROGRESS_MS = 200;

type Chosen = { name: string; bytes: number[] };
type Run = { kind: "idle" } | { kind: "running"; status: ImportStatus | null } | { kind: "done"; done: ImportDone } | { kind: "failed"; error: AppError };

/** Import / export: CSV files from a spreadsheet in, checked by Rust row by row before anything is written; every table out. */
export function SheetsScreen() {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<SheetKind>("products");
  const [file, setFile] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [previewError, setPreviewError] = useState<AppError | null>(null);
  const [checking, setChecking] = useState(false);
  const [run, setRun] = useState<Run>({ kind: "idle" });

  async function check(k: SheetKind, f: Chosen) {
    setChecking(true);
    const r = await call(() => commands.importPreview(k, f.bytes));
    setChecking(false);
    setPreview(r.ok ? r.data : null);
    setPreviewError(r.ok ? null : r.error);
  }

  async function choose(files: FileList | null) {
    const f = files?.[0];
    if (!f) return;
    const chosen = { name: f.name, bytes: Array.from(new Uint8Array(await f.arrayBuffer())) };
    setFile(chosen);
    setRun({ kind: "idle" });
    await check(kind, chosen);
  }

  async function apply() {
    if (!file) return;
    setRun({ kind: "running", status: null });
    const r = await call(() => commands.importApply(kind, file.bytes));
    setRun(r.ok ? { kind: "done", done: r.data } : { kind: "failed", error: r.error });
    if (r.ok) await check(kind, file);
  }

  const running = run.kind === "running";
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(async () => {
      const s = await call(() => commands.importStatus());
      if (s.ok) setRun((r) => (r.kind === "running" ? { kind: "running", status: s.data } : r));
    }, PROGRESS_MS);
    return () => window.clearInterval(timer);
  }, [running]);

  const canApply = preview !== null && preview.problemCount === 0 && preview.new + preview.changed > 0 && !running && !checking;
  const hint = IMPORTS.find((i) => i.kind === kind)?.hint;

  return (
    <main className="app sheets-screen">
      <ScreenHeader view={t("nav.sheets.label")} sync={{ loading: checking, failed: false }} onRefresh={() => file && void check(kind, file)} />
      <div className="sheets-body">
        <section className="sheets-card surface-card" aria-labelledby={`${id}-import`}>
          <h2 id={`${id}-import`} className="sheets-card__title">
            {t("sheets.importTitle")}
          </h2>
          <p className="sheets-card__hint">{t("sheets.importHint")}</p>
          <div className="sheets-import__choose">
            <label className="sheets-field">
              <span className="sheets-field__label">{t("sheets.holds")}</span>
              <select
                className="field"
                value={kind}
                disabled={running}
                onChange={(e) => {
                  const k = e.target.value as SheetKind;
                  setKind(k);
                  setRun({ kind: "idle" });
                  if (file) void check(k, file);
                }}
              >
                {IMPORTS.map((i) => (
                  <option key={i.kind} value={i.kind}>
                    {t(i.label)}
                  </option>
                ))}
              </select>
            </label>
            <div className="sheets-field">
              <span className="sheets-field__label" id={`${id}-file`}>
                {t("sheets.file")}
              </span>
              {/* The web view words its own file button in the system's
                  language: ours says it in the desk's, over the hidden input. */}
              <label className="sheets-file" data-disabled={running || undefined}>
                <input
                  className="sheets-file__input visually-hidden"
                  type="file"
                  accept=".csv,text/csv"
                  aria-labelledby={`${id}-file`}
                  disabled={running}
                  onChange={(e) => {
                    void choose(e.target.files);
                    // The same file chosen again after a fix in the spreadsheet is read again.
                    e.target.value = "";
                  }}
                />
                <span className="button sheets-file__button">{t("sheets.chooseFile")}</span>
                <span className="sheets-file__name">{file?.name ?? t("sheets.noFile")}</span>
              </label>
            </div>
          </div>
          {hint && <p className="sheets-card__hint">{t(hint)}</p>}
          {previewError && (
            <p className="sheets-refusal" role="alert" data-error-code={previewError.code}>
              {file?.name}: {previewError.message}
            </p>
          )}
          {preview && file && <PreviewView preview={preview} fileName={file.name} />}
          <div className="sheets-import__actions">
            <button type="button" className="button button--primary" disabled={!canApply} onClick={() => void apply()}>
              {preview && preview.new + preview.changed > 0
                ? t("sheets.importRows", { count: preview.new + preview.changed })
                : t("sheets.import")}
            </button>
            {running && <Progress status={run.status} />}
            {running && (
              <button type="button" className="button button--caution" onClick={() => void call(() => commands.importCancel())}>
                {t("common.cancel")}
              </button>
            )}
            <span className="sheets-import__result" role="status">
              {run.kind === "done" && run.done.message}
            </span>
          </div>
          {run.kind === "failed" && (
            <p className="sheets-refusal" role="alert" data-error-code={run.error.code}>
              {run.error.message}
            </p>
          )}
        </section>
        <section className="sheets-card surface-card" aria-labelledby={`${id}-export`}>
          <h2 id={`${id}-export`} className="sheets-card__title">
            {t("sheets.exportTitle")}
          </h2>
          <p className="sheets-card__hint">{t("sheets.exportHint")}</p>
          <ul className="sheets-exports">
            {EXPORTS.map((e) => (
              <ExportButton key={e.kind} kind={e.kind} label={t(e.label)} />
            ))}
          </ul>
        </section>
      </div>
    </main>
  );
}

function Progress({ status }: { status: ImportStatus | null }) {
  const { t } = useTranslation();
  const total = status?.total ?? 0;
  const done = status?.done ?? 0;
  return (
    <span className="sheets-progress">
      <progress aria-label={t("sheets.progress")} max={total || undefined} value={total ? done : undefined} />
      <span className="sheets-progress__text">{total ? t("sheets.rowsOf", { done, count: total }) : t("sheets.starting")}</span>
    </span>
  );
}

function PreviewView({ preview, fileName }: { preview: ImportPreview; fileName: string }) {
  const { t } = useTranslation();
  const more = preview.problemCount - preview.problems.length;
  return (
    <div className="sheets-preview" data-preview={preview.kind}>
      <p className="sheets-preview__counts" role="status">
        <strong>{fileName}</strong>: {t("sheets.rows", { count: preview.rows })} —{" "}
        <span data-count="new">{t("sheets.new", { count: preview.new })}</span>, <span data-count="changed">{t("sheets.changed", { count: preview.changed })}</span>,{" "}
        <span data-count="unchanged">{t("sheets.unchanged", { count: preview.unchanged })}</span>
        {preview.problemCount > 0 && (
          <>
            , <span className="sheets-preview__bad" data-count="problems">{t("sheets.withProblems", { count: preview.problemCount })}</span>
          </>
        )}
      </p>
      {preview.problemCount > 0 && (
        <table className="sheets-table" aria-label={t("sheets.problems")}>
          <caption className="sheets-table__caption">{t("sheets.fixRows")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("sheets.row")}</th>
              <th scope="col">{t("sheets.column")}</th>
              <th scope="col">{t("sheets.problem")}</th>
            </tr>
          </thead>
          <tbody>
            {preview.problems.map((p, i) => (
              <tr key={`${p.row}-${p.column}-${i}`} data-problem-row={p.row}>
                <td className="sheets-table__num">{p.row}</td>
                <td>{p.column || "—"}</td>
                <td>{p.why}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {more > 0 && <p className="sheets-card__hint">{t("sheets.more", { count: more })}</p>}
      {preview.changes.length > 0 && (
        <table className="sheets-table" aria-label={t("sheets.rowsToImport")}>
          <thead>
            <tr>
              <th scope="col">{t("sheets.row")}</th>
              <th scope="col">{t("sheets.key")}</th>
              <th scope="col">{t("sheets.what")}</th>
            </tr>
          </thead>
          <tbody>
            {preview.changes.map((c) => (
              <tr key={c.row} data-change-row={c.row}>
                <td className="sheets-table__num">{c.row}</td>
                <td>{c.key}</td>
                <td>
                  <span className={`pill${c.new ? "" : " pill--attention"}`}>{c.new ? t("sheets.isNew") : t("sheets.isChanged")}</span> {c.changes.join(" · ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; file: SavedFile } | { kind: "failed"; error: AppError };

function ExportButton({ kind, label }: { kind: SheetKind; label: string }) {
  const { t } = useTranslation();
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  async function run() {
    setSave({ kind: "saving" });
    const r = await call(() => commands.exportCsvSave(kind));
    setSave(r.ok ? { kind: "saved", file: r.data } : { kind: "failed", error: r.error });
  }
  return (
    <li className="sheets-exports__item" data-export={kind}>
      <button type="button" className="button" disabled={save.kind === "saving"} onClick={() => void run()}>
        {save.kind === "saving" ? t("common.saving") : t("sheets.export", { what: label })}
      </button>
      <span className="sheets-exports__saved" role="status">
        {save.kind === "saved" && t("sheets.saved", { file: save.file.fileName, folder: save.file.folder })}
        {save.kind === "failed" && save.error.message}
      </span>
    </li>
  );
}
