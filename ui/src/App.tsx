// First: the shared editor styles come before any screen's own CSS.
import "./shell/forms.css";
import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { BoardScreen } from "./board/BoardScreen";
import { ErrorBanner } from "./shell/ErrorBanner";
import { NavRail } from "./shell/NavRail";
import { FirstRun } from "./shop/FirstRun";
import { useShop } from "./shop/useShop";
import type { ViewKey } from "./shell/views";
import "./shell/shell.css";

/**
 * Every screen but the board (and the New order dialog) is a chunk of its
 * own, loaded when first opened: the start parses only what the board needs,
 * so the board paints sooner (issue 12.5). Then the rest is fetched while
 * the desk is idle (`prefetchScreens`), so opening a screen does not wait for its chunk.
 */
const chunks = {
  catalog: () => import("./catalog/CatalogScreen").then((m) => ({ default: m.CatalogScreen })),
  customers: () => import("./customers/CustomersScreen").then((m) => ({ default: m.CustomersScreen })),
  flow: () => import("./flow/FlowScreen").then((m) => ({ default: m.FlowScreen })),
  newOrder: () => import("./orders/NewOrderDialog").then((m) => ({ default: m.NewOrderDialog })),
  planner: () => import("./planner/PlannerScreen").then((m) => ({ default: m.PlannerScreen })),
  reports: () => import("./reports/ReportsScreen").then((m) => ({ default: m.ReportsScreen })),
  resources: () => import("./resources/ResourcesScreen").then((m) => ({ default: m.ResourcesScreen })),
  rules: () => import("./rules/RulesScreen").then((m) => ({ default: m.RulesScreen })),
  settings: () => import("./settings/SettingsScreen").then((m) => ({ default: m.SettingsScreen })),
  sheets: () => import("./sheets/SheetsScreen").then((m) => ({ default: m.SheetsScreen })),
  stock: () => import("./stock/StockScreen").then((m) => ({ default: m.StockScreen })),
};

const CatalogScreen = lazy(chunks.catalog);
const CustomersScreen = lazy(chunks.customers);
const FlowScreen = lazy(chunks.flow);
const NewOrderDialog = lazy(chunks.newOrder);
const PlannerScreen = lazy(chunks.planner);
const ReportsScreen = lazy(chunks.reports);
const ResourcesScreen = lazy(chunks.resources);
const RulesScreen = lazy(chunks.rules);
const SettingsScreen = lazy(chunks.settings);
const SheetsScreen = lazy(chunks.sheets);
const StockScreen = lazy(chunks.stock);

/** A second after the start, when the desk is idle: every other screen's chunk, one after the other (main.tsx). */
export function prefetchScreens() {
  // WebKitGTK has no requestIdleCallback: a short pause between chunks instead.
  const idle = (next: () => void) => {
    if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(next, { timeout: 2_000 });
    else setTimeout(next, 200);
  };
  const queue = Object.values(chunks);
  const step = () => {
    const load = queue.shift();
    if (load) void load().then(() => idle(step), () => idle(step));
  };
  window.setTimeout(() => idle(step), 1_000);
}

function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function App() {
  const { shop, error, setShop, refresh } = useShop();
  const { i18n } = useTranslation();
  const [view, setView] = useState<ViewKey>("board");
  const [newOrderOpen, setNewOrderOpen] = useState(false);
  // A flow-diagram node clicked: the board opens showing that column only.
  const [boardColumn, setBoardColumn] = useState<string | null>(null);

  // A customer's "Show on the board": the board opens filtered to that customer.
  const [boardCustomer, setBoardCustomer] = useState<string | null>(null);

  const openColumn = useCallback((columnKey: string) => {
    setBoardColumn(columnKey);
    setView("board");
  }, []);

  // Orders are taken in an open shop only (not on the first run's choice).
  const shopOpen = shop?.open != null;

  const openCustomer = useCallback((customerName: string) => {
    setBoardCustomer(customerName);
    setView("board");
  }, []);

  const showView = useCallback((next: ViewKey) => {
    setBoardCustomer(null);
    setView(next);
  }, []);

  useEffect(() => {
    if (!shopOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "n" || e.ctrlKey || e.metaKey || e.altKey || typingInField(e.target)) return;
      if (document.querySelector("[role=dialog]")) return;
      e.preventDefault();
      setNewOrderOpen(true);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [shopOpen]);

  if (!shop) return <ErrorBanner error={error} what="the shop" stale={false} onRetry={refresh} />;
  if (shop.open === null) return <FirstRun onOpened={setShop} problem={shop.problem} />;

  return (
    <div className="shell">
      <NavRail view={view} onView={showView} onNewOrder={() => setNewOrderOpen(true)} shop={shop} onShop={setShop} />
      {/* Another shop opened, or another language picked: every screen starts
          afresh on its data (Rust's sentences come again in the new language). */}
      <div className="shell__view" key={`${shop.open}-${i18n.language}`}>
        <Suspense fallback={<p className="shell__loading" aria-busy="true" />}>
          {view === "board" && <BoardScreen column={boardColumn} onColumn={setBoardColumn} onOpenView={showView} customer={boardCustomer} />}
          {view === "flow" && <FlowScreen onOpenColumn={openColumn} />}
          {view === "planner" && <PlannerScreen />}
          {view === "rules" && <RulesScreen />}
          {view === "catalog" && <CatalogScreen />}
          {view === "stock" && <StockScreen />}
          {view === "resources" && <ResourcesScreen />}
          {view === "customers" && <CustomersScreen onShowOnBoard={openCustomer} />}
          {view === "reports" && <ReportsScreen />}
          {view === "sheets" && <SheetsScreen />}
          {view === "settings" && <SettingsScreen shop={shop.open} />}
        </Suspense>
      </div>
      {newOrderOpen && (
        <Suspense fallback={null}>
          <NewOrderDialog onClose={() => setNewOrderOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
