// First: the shared editor styles come before any screen's own CSS.
import "./shell/forms.css";
import { type ComponentType, Suspense, use, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { BoardScreen } from "./board/BoardScreen";
import { ErrorBanner } from "./shell/ErrorBanner";
import { NavRail } from "./shell/NavRail";
import { FirstRun } from "./shop/FirstRun";
import { useShop } from "./shop/useShop";
import type { ViewKey } from "./shell/views";
import { startDrawn } from "./start";
import "./shell/shell.css";

/**
 * A screen in a chunk of its own, fetched when first shown or when
 * `prefetchScreens` gets to it. Once fetched it draws at once (no Suspense
 * fallback, unlike React.lazy, which suspends on every first draw).
 */
function chunk<P extends object>(load: () => Promise<ComponentType<P>>) {
  let component: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const fetch = () => (loading ??= load().then((c) => (component = c)));
  function Chunk(props: P) {
    const Screen = component ?? use(fetch());
    return <Screen {...props} />;
  }
  return { Chunk, fetch };
}

/**
 * Every screen but the board (and the New order dialog) is a chunk of its
 * own: the start parses only what the board needs, so the board paints
 * sooner (issue 12.5). Then the rest is fetched while the desk is idle
 * (`prefetchScreens`), so opening a screen does not wait for its chunk.
 */
const chunks = {
  catalog: chunk(() => import("./catalog/CatalogScreen").then((m) => m.CatalogScreen)),
  customers: chunk(() => import("./customers/CustomersScreen").then((m) => m.CustomersScreen)),
  flow: chunk(() => import("./flow/FlowScreen").then((m) => m.FlowScreen)),
  newOrder: chunk(() => import("./orders/NewOrderDialog").then((m) => m.NewOrderDialog)),
  planner: chunk(() => import("./planner/PlannerScreen").then((m) => m.PlannerScreen)),
  reports: chunk(() => import("./reports/ReportsScreen").then((m) => m.ReportsScreen)),
  resources: chunk(() => import("./resources/ResourcesScreen").then((m) => m.ResourcesScreen)),
  rules: chunk(() => import("./rules/RulesScreen").then((m) => m.RulesScreen)),
  settings: chunk(() => import("./settings/SettingsScreen").then((m) => m.SettingsScreen)),
  sheets: chunk(() => import("./sheets/SheetsScreen").then((m) => m.SheetsScreen)),
  stock: chunk(() => import("./stock/StockScreen").then((m) => m.StockScreen)),
};

const CatalogScreen = chunks.catalog.Chunk;
const CustomersScreen = chunks.customers.Chunk;
const FlowScreen = chunks.flow.Chunk;
const NewOrderDialog = chunks.newOrder.Chunk;
const PlannerScreen = chunks.planner.Chunk;
const ReportsScreen = chunks.reports.Chunk;
const ResourcesScreen = chunks.resources.Chunk;
const RulesScreen = chunks.rules.Chunk;
const SettingsScreen = chunks.settings.Chunk;
const SheetsScreen = chunks.sheets.Chunk;
const StockScreen = chunks.stock.Chunk;

let prefetching = false;

/** A second after the first draw, when the desk is idle: every other screen's chunk, one after the other. */
function prefetchScreens() {
  if (prefetching) return;
  prefetching = true;
  // WebKitGTK has no requestIdleCallback: a short pause between chunks instead.
  const idle = (next: () => void) => {
    if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(next, { timeout: 2_000 });
    else setTimeout(next, 200);
  };
  const queue = Object.values(chunks);
  const step = () => {
    const next = queue.shift();
    if (next) void next.fetch().then(() => idle(step), () => idle(step));
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

  // The due back list's "Open customer": the Customers screen with that customer's card.
  const [customerToOpen, setCustomerToOpen] = useState<number | null>(null);
  const openCustomerCard = useCallback((customerId: number) => {
    setCustomerToOpen(customerId);
    setView("customers");
  }, []);

  const showView = useCallback((next: ViewKey) => {
    setBoardCustomer(null);
    setCustomerToOpen(null);
    setView(next);
  }, []);

  // The first draw is done: what it did not need may come now.
  useEffect(() => {
    startDrawn();
    prefetchScreens();
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
      <div className="shell__view" data-view-shown={view} key={`${shop.open}-${i18n.language}`}>
        <Suspense fallback={<p className="shell__loading" aria-busy="true" />}>
          {view === "board" && (
            <BoardScreen column={boardColumn} onColumn={setBoardColumn} onOpenView={showView} customer={boardCustomer} onOpenCustomer={openCustomerCard} />
          )}
          {view === "flow" && <FlowScreen onOpenColumn={openColumn} />}
          {view === "planner" && <PlannerScreen />}
          {view === "rules" && <RulesScreen />}
          {view === "catalog" && <CatalogScreen />}
          {view === "stock" && <StockScreen />}
          {view === "resources" && <ResourcesScreen />}
          {view === "customers" && <CustomersScreen onShowOnBoard={openCustomer} openId={customerToOpen} />}
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
