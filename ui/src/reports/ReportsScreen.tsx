// Reports on how the work flows: Rust computes every figure from the audit
// trail (`reports_get`); this screen picks the period, draws and lists them,
// saves a table as CSV through Rust, and opens the items behind a number.

import { type ReactNode, useCallback, useState } from "react";
import type { AppError, Count, ReportsView, ReportTable, SavedFile } from "../bindings";
import { commands } from "../bindings";
import { deskToday } from "../clock";
import { addDays } from "../format";
import { call } from "../ipc";
import { ItemPanel } from "../panel/ItemPanel";
import { DateField } from "../shell/DateField";
import { ErrorBanner } from "../shell/ErrorBanner";
import { ScreenHeader } from "../shell/ScreenHeader";
import { useScreenLoad } from "../shell/useScreenLoad";
import { CumulativeFlowChart, LeadTimeChart, OnTimeChart, OpenWorkChart, UtilisationChart } from "./charts";
import { ItemsDialog } from "./ItemsDialog";
import "./reports.css";

/** The periods offered at a click, as days back from today (today included). */
const PRESETS = [
  { days: 7, label: "Last 7 days" },
  { days: 30, label: "Last 30 days" },
  { days: 90, label: "Last 90 days" },
  { days: 365, label: "Last year" },
] as const;

type Period = { from: string; to: string };

function lastDays(days: number): Period {
  const to = deskToday();
  return { from: addDays(to, 1 - days), to };
}

/** Items behind a number the person clicked. */
export type Drill = { caption: string; itemIds: number[] };

export type OpenItems = (caption: string, count: Count) => void;

export function ReportsScreen() {
  const [period, setPeriod] = useState<Period>(() => lastDays(7));
  const [draft, setDraft] = useState<Period>(period);
  const [view, setView] = useState<ReportsView | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [drill, setDrill] = useState<Drill | null>(null);
  const [openItem, setOpenItem] = useState<number | null>(null);

  const { loading, refresh } = useScreenLoad(
    () => call(() => commands.reportsGet(period.from, period.to)),
    (answer) => {
      if (answer.ok) setView(answer.data);
      setError(answer.ok ? null : answer.error);
    },
    [period.from, period.to],
  );

  const openItems: OpenItems = useCallback((caption, count) => {
    if (count.count === 0) return;
    if (count.itemIds.length === 1) setOpenItem(count.itemIds[0] ?? null);
    else setDrill({ caption, itemIds: count.itemIds });
  }, []);

  const choose = (p: Period) => {
    setDraft(p);
    setPeriod(p);
  };

  return (
    <main className="app reports-screen">
      <ScreenHeader view="Reports" sync={{ loading, failed: error !== null }} onRefresh={refresh}>
        {view && <span className="reports__period-text" data-period={`${view.from}/${view.to}`}>{view.periodText}</span>}
      </ScreenHeader>
      <ErrorBanner error={error} what="the reports" stale={view !== null} onRetry={refresh} />
      <form
        className="reports__period"
        aria-label="Period"
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.from && draft.to) setPeriod(draft);
        }}
      >
        <div className="reports__presets" role="group" aria-label="Quick periods">
          {PRESETS.map((p) => {
            const preset = lastDays(p.days);
            const current = preset.from === period.from && preset.to === period.to;
            return (
              <button
                key={p.days}
                type="button"
                className={`button${current ? " button--current" : ""}`}
                aria-pressed={current}
                onClick={() => choose(preset)}
              >
                {p.label}
              </button>
            );
          })}
        </div>
        <DateField label="From" value={draft.from} onChange={(from) => setDraft((d) => ({ ...d, from }))} />
        <DateField label="To" value={draft.to} onChange={(to) => setDraft((d) => ({ ...d, to }))} />
        <button type="submit" className="button">
          Show
        </button>
      </form>
      {view && (
        <div className="reports__body">
          <Section title="Open work now" table="open_work" period={period}>
            <OpenWorkChart view={view.openWork} onItems={openItems} />
          </Section>
          <Section title="Cumulative flow" table="cumulative_flow" period={period}>
            <CumulativeFlowChart flow={view.cumulativeFlow} />
          </Section>
          <Section title="Time in each decision point and lead time" table="lead_times" period={period}>
            <LeadTimeChart lead={view.leadTimes} onItems={openItems} />
          </Section>
          <Section title="Delivered on time" table="on_time" period={period}>
            <OnTimeChart onTime={view.onTime} onItems={openItems} />
          </Section>
          <Section title="Utilisation" table="utilisation" period={period}>
            <UtilisationChart use={view.utilisation} />
          </Section>
        </div>
      )}
      {drill && (
        <ItemsDialog
          drill={drill}
          onOpen={(id) => setOpenItem(id)}
          onClose={() => setDrill(null)}
        />
      )}
      {openItem !== null && <ItemPanel key={openItem} itemId={openItem} card={null} onClose={() => setOpenItem(null)} />}
    </main>
  );
}

type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; file: SavedFile } | { kind: "failed"; error: AppError };

function Section({ title, table, period, children }: { title: string; table: ReportTable; period: Period; children: ReactNode }) {
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const saveCsv = async () => {
    setSave({ kind: "saving" });
    const r = await call(() => commands.reportCsvSave(table, period.from, period.to));
    setSave(r.ok ? { kind: "saved", file: r.data } : { kind: "failed", error: r.error });
  };
  const headingId = `report-${table}`;
  return (
    <section className="report" aria-labelledby={headingId} data-report={table}>
      <header className="report__head">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="button report__csv" onClick={() => void saveCsv()} disabled={save.kind === "saving"}>
          {save.kind === "saving" ? "Saving…" : "Save table as CSV"}
        </button>
        <span className="report__saved" role="status">
          {save.kind === "saved" && `Saved ${save.file.fileName} in ${save.file.folder}`}
          {save.kind === "failed" && save.error.message}
        </span>
      </header>
      {children}
    </section>
  );
}
