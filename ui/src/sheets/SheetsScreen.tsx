import { useEffect, useId, useState } from "react";
import { type AppError, commands, type ImportDone, type ImportPreview, type ImportStatus, type SavedFile, type SheetKind } from "../bindings";
import { call } from "../ipc";
import { ScreenHeader } from "../shell/ScreenHeader";
import "./sheets.css";

/** What can be imported, in the order a new shop fills itself: products before the services and stock that name them, customers before their orders. */
const IMPORTS: { kind: SheetKind; label: string; hint: string }[] = [
  { kind: "products", label: "Products", hint: "Matched on the SKU." },
  { kind: "services", label: "Services", hint: "Matched on the service code; name product categories the products have." },
  { kind: "stock_units", label: "Stock units", hint: "Matched on the serial; name products by their SKU." },
  { kind: "customers", label: "Customers", hint: "Matched on the customer number; one row per person or address." },
  {
    kind: "open_orders",
    label: "Open orders",
    hint: "One row per order line, matched on the order's reference and line; each order is checked and taken as the New order form takes it.",
  },
];

const EXPORTS: { kind: SheetKind; label: string }[] = [...IMPORTS, { kind: "audit_trail", label: "Audit trail", hint: "" }];

/** How often the progress of a running import is asked for. */
const PROGRESS_MS = 200;

type Chosen = { name: string; bytes: number[] };
type Run = { kind: "idle" } | { kind: "running"; status: ImportStatus | null } | { kind: "done"; done: ImportDone } | { kind: "failed"; error: AppError };

/** Import / export: CSV files from a spreadsheet in, checked by Rust row by row before anything is written; every table out. */
export function SheetsScreen() {
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
      <ScreenHeader view="Import / export" sync={{ loading: checking, failed: false }} onRefresh={() => file && void check(kind, file)} />
      <div className="sheets-body">
        <section className="sheets-card" aria-labelledby={`${id}-import`}>
          <h2 id={`${id}-import`} className="sheets-card__title">
            Import from CSV
          </h2>
          <p className="sheets-card__hint">
            A file saved from a spreadsheet as CSV (comma or semicolon, with or without a BOM). The first row names the columns; an export
            shows them. Nothing is written until you apply, and then every row or none.
          </p>
          <div className="sheets-import__choose">
            <label className="sheets-field">
              <span className="sheets-field__label">What the file holds</span>
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
                    {i.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="sheets-field">
              <span className="sheets-field__label">CSV file</span>
              <input
                className="field sheets-file"
                type="file"
                accept=".csv,text/csv"
                disabled={running}
                onChange={(e) => {
                  void choose(e.target.files);
                  // The same file chosen again after a fix in the spreadsheet is read again.
                  e.target.value = "";
                }}
              />
            </label>
          </div>
          {hint && <p className="sheets-card__hint">{hint}</p>}
          {previewError && (
            <p className="sheets-refusal" role="alert" data-error-code={previewError.code}>
              {file?.name}: {previewError.message}
            </p>
          )}
          {preview && file && <PreviewView preview={preview} fileName={file.name} />}
          <div className="sheets-import__actions">
            <button type="button" className="button button--primary" disabled={!canApply} onClick={() => void apply()}>
              {preview && preview.new + preview.changed > 0
                ? `Import ${preview.new + preview.changed} ${preview.new + preview.changed === 1 ? "row" : "rows"}`
                : "Import"}
            </button>
            {running && <Progress status={run.status} />}
            {running && (
              <button type="button" className="button button--caution" onClick={() => void call(() => commands.importCancel())}>
                Cancel
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
        <section className="sheets-card" aria-labelledby={`${id}-export`}>
          <h2 id={`${id}-export`} className="sheets-card__title">
            Export to CSV
          </h2>
          <p className="sheets-card__hint">Each table in the columns the import reads, saved in your Downloads folder.</p>
          <ul className="sheets-exports">
            {EXPORTS.map((e) => (
              <ExportButton key={e.kind} kind={e.kind} label={e.label} />
            ))}
          </ul>
        </section>
      </div>
    </main>
  );
}

function Progress({ status }: { status: ImportStatus | null }) {
  const total = status?.total ?? 0;
  const done = status?.done ?? 0;
  return (
    <span className="sheets-progress">
      <progress aria-label="Import progress" max={total || undefined} value={total ? done : undefined} />
      <span className="sheets-progress__text">{total ? `${done} of ${total} rows` : "Starting…"}</span>
    </span>
  );
}

function PreviewView({ preview, fileName }: { preview: ImportPreview; fileName: string }) {
  const more = preview.problemCount - preview.problems.length;
  return (
    <div className="sheets-preview" data-preview={preview.kind}>
      <p className="sheets-preview__counts" role="status">
        <strong>{fileName}</strong>: {preview.rows} {preview.rows === 1 ? "row" : "rows"} —{" "}
        <span data-count="new">{preview.new} new</span>, <span data-count="changed">{preview.changed} changed</span>,{" "}
        <span data-count="unchanged">{preview.unchanged} unchanged</span>
        {preview.problemCount > 0 && (
          <>
            , <span className="sheets-preview__bad" data-count="problems">{preview.problemCount} with problems</span>
          </>
        )}
      </p>
      {preview.problemCount > 0 && (
        <table className="sheets-table" aria-label="Problems">
          <caption className="sheets-table__caption">Fix these rows in the spreadsheet and choose the file again; nothing is imported while one remains.</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Column</th>
              <th scope="col">Problem</th>
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
      {more > 0 && <p className="sheets-card__hint">…and {more} more.</p>}
      {preview.changes.length > 0 && (
        <table className="sheets-table" aria-label="Rows to import">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Key</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {preview.changes.map((c) => (
              <tr key={c.row} data-change-row={c.row}>
                <td className="sheets-table__num">{c.row}</td>
                <td>{c.key}</td>
                <td>
                  <span className={`pill${c.new ? "" : " pill--attention"}`}>{c.new ? "New" : "Changed"}</span> {c.changes.join(" · ")}
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
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  async function run() {
    setSave({ kind: "saving" });
    const r = await call(() => commands.exportCsvSave(kind));
    setSave(r.ok ? { kind: "saved", file: r.data } : { kind: "failed", error: r.error });
  }
  return (
    <li className="sheets-exports__item" data-export={kind}>
      <button type="button" className="button" disabled={save.kind === "saving"} onClick={() => void run()}>
        {save.kind === "saving" ? "Saving…" : `Export ${label.toLowerCase()}`}
      </button>
      <span className="sheets-exports__saved" role="status">
        {save.kind === "saved" && `Saved ${save.file.fileName} in ${save.file.folder}`}
        {save.kind === "failed" && save.error.message}
      </span>
    </li>
  );
}
