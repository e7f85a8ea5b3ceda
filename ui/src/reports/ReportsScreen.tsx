// Reports on how the work flows: Rust computes every figure from the audit
// trail (`reports_get`); this screen picks the period, draws and lists them,
// saves a table as CSV through Rust, and opens the items behind a number.

import { type ReactNode, useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
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
import { DueBackTable } from "./DueBack";
import { ItemsDialog } from "./ItemsDialog";
import "./reports.css";

/** The periods offered at a click, as days back from today (today included). */
const PRESETS = [
  { days: 7, label: "reports.last7" },
  { days: 30, label: "reports.last30" },
  { days: 90, label: "reports.last90" },
  { days: 365, label: "reports.lastYear" },
] as const;

function lastDays(days: number): Period {
  const to = deskToday();
  return { from: addDays(to, 1 - days), to };
}

/** Items behind a number the person clicked. */
export type Drill = { caption: string; itemIds: number[] };

export type OpenItems = (caption: string, count: Count) => void;

export function ReportsScreen() {
  const { t } = useTranslation();
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
      <ScreenHeader view={t("nav.reports.label")} sync={{ loading, failed: error !== null }} onRefresh={refresh}>
        {view && <span className="reports__period-text" data-period={`${view.from}/${view.to}`}>{view.periodText}</span>}
      </ScreenHeader>
      <ErrorBanner error={error} what={t("reports.loadWhat")} stale={view !== null} onRetry={refresh} />
      <form
        className="reports__period"
        aria-label={t("reports.period")}
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.from && draft.to) setPeriod(draft);
        }}
      >
        <div className="reports__presets" role="group" aria-label={t("reports.quick")}>
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
                {t(p.label)}
              </button>
            );
          })}
        </div>
        <DateField label={t("order.from")} value={draft.from} onChange={(from) => setDraft((d) => ({ ...d, from }))} />
        <DateField label={t("reports.to")} value={draft.to} onChange={(to) => setDraft((d) => ({ ...d, to }))} />
        <button type="submit" className="button">
          {t("stock.show")}
        </button>
        <button type="button" className="button reports__print" onClick={() => printPage(setPrintError)} disabled={!view}>
          {t("planner.print")}
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
            <Section title={t("reports.openWork")} table="open_work">
              <OpenWorkChart view={view.openWork} onItems={openItems} />
            </Section>
            <Section title={t("reports.cumulativeFlow")} table="cumulative_flow">
              <CumulativeFlowChart flow={view.cumulativeFlow} />
            </Section>
            <Section title={t("reports.leadTimes")} table="lead_times">
              <LeadTimeChart lead={view.leadTimes} onItems={openItems} />
            </Section>
            <Section title={t("reports.onTime")} table="on_time">
              <OnTimeChart onTime={view.onTime} onItems={openItems} />
            </Section>
            <Section title={t("reports.utilisation")} table="utilisation">
              <UtilisationChart use={view.utilisation} />
              <DueBackTable due={view.dueBack} onItems={openItems} />
            </Section>
            <Section title={t("reports.stockUse")} table="stock_use">
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
