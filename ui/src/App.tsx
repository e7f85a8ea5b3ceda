// First: the shared editor styles come before any screen's own CSS.
import "./shell/forms.css";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { BoardScreen } from "./board/BoardScreen";
import { CatalogScreen } from "./catalog/CatalogScreen";
import { CustomersScreen } from "./customers/CustomersScreen";
import { FlowScreen } from "./flow/FlowScreen";
import { NewOrderDialog } from "./orders/NewOrderDialog";
import { PlannerScreen } from "./planner/PlannerScreen";
import { ReportsScreen } from "./reports/ReportsScreen";
import { ResourcesScreen } from "./resources/ResourcesScreen";
import { RulesScreen } from "./rules/RulesScreen";
import { SettingsScreen } from "./settings/SettingsScreen";
import { SheetsScreen } from "./sheets/SheetsScreen";
import { ErrorBanner } from "./shell/ErrorBanner";
import { NavRail } from "./shell/NavRail";
import { StockScreen } from "./stock/StockScreen";
import { FirstRun } from "./shop/FirstRun";
import { useShop } from "./shop/useShop";
import type { ViewKey } from "./shell/views";
import "./shell/shell.css";

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
      </div>
      {newOrderOpen && <NewOrderDialog onClose={() => setNewOrderOpen(false)} />}
    </div>
  );
}
