// Reports on how the work flows: Rust computes every figure from the audit
// trail (`reports_get`); this screen picks the period, draws and lists them,
// saves a table as CSV through Rust, and opens the items behind a number.

import { type ReactNode, useCallback, useState } from "react";
import type { AppError, Count, ReportsView, ReportTable } from "../bindings";
import { commands } from "../bindings";
import { deskToday } from "../clock";
import { addDays } from "../format";
import { call } from "../ipc";
import { ItemPanel } from "../panel/ItemPanel";
import { DateField } from "../shell/DateField";
import { ErrorBanner } from "../shell/ErrorBanner";
import { printPage } from "../shell/print";
import { ScreenHeader } from "../shell/ScreenHeader";
import { useScreenLoad } from "../shell/useScreenLoad";
import { CumulativeFlowChart, LeadTimeChart, OnTimeChart, OpenWorkChart, StockUseChart, UtilisationChart } from "./charts";
import { CsvButton, type Period, PeriodContext } from "./CsvButton";
import { ItemsDialog } from "./ItemsDialog";
import "./reports.css";

/** The periods offered at a click, as days back from today (today included). */
const PRESETS = [
  { days: 7, label: "Last 7 days" },
  { days: 30, label: "Last 30 days" },
  { days: 90, label: "Last 90 days" },
  { days: 365, label: "Last year" },
] as const;

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
  const [printError, setPrintError] = useState<AppError | null>(null);

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
        <button type="button" className="button reports__print" onClick={() => printPage(setPrintError)} disabled={!view}>
          Print
        </button>
        {printError && (
          <span className="reports__print-error" role="alert">
            {printError.message}
          </span>
        )}
      </form>
      {view && (
        <PeriodContext.Provider value={period}>
          <div className="reports__body">
            <Section title="Open work now" table="open_work">
              <OpenWorkChart view={view.openWork} onItems={openItems} />
            </Section>
            <Section title="Cumulative flow" table="cumulative_flow">
              <CumulativeFlowChart flow={view.cumulativeFlow} />
            </Section>
            <Section title="Time in each decision point and lead time" table="lead_times">
              <LeadTimeChart lead={view.leadTimes} onItems={openItems} />
            </Section>
            <Section title="Delivered on time" table="on_time">
              <OnTimeChart onTime={view.onTime} onItems={openItems} />
            </Section>
            <Section title="Utilisation" table="utilisation">
              <UtilisationChart use={view.utilisation} />
            </Section>
            <Section title="Stock out with customers" table="stock_use">
              <StockUseChart products={view.stockUse} />
            </Section>
          </div>
        </PeriodContext.Provider>
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

function Section({ title, table, children }: { title: string; table: ReportTable; children: ReactNode }) {
  const headingId = `report-${table}`;
  return (
    <section className="report" aria-labelledby={headingId} data-report={table}>
      <header className="report__head">
        <h2 id={headingId}>{title}</h2>
        <CsvButton table={table} caption={title} />
      </header>
      {children}
    </section>
  );
}
