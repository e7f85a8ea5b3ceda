// First: the shared editor styles come before any screen's own CSS.
import "./shell/forms.css";
import { useCallback, useEffect, useState } from "react";
import { BoardScreen } from "./board/BoardScreen";
import { CatalogScreen } from "./catalog/CatalogScreen";
import { FlowScreen } from "./flow/FlowScreen";
import { NewOrderDialog } from "./orders/NewOrderDialog";
import { PlannerScreen } from "./planner/PlannerScreen";
import { ResourcesScreen } from "./resources/ResourcesScreen";
import { RulesScreen } from "./rules/RulesScreen";
import { NavRail } from "./shell/NavRail";
import { StockScreen } from "./stock/StockScreen";
import type { ViewKey } from "./shell/views";
import "./shell/shell.css";

function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function App() {
  const [view, setView] = useState<ViewKey>("board");
  const [newOrderOpen, setNewOrderOpen] = useState(false);
  // A flow-diagram node clicked: the board opens showing that column only.
  const [boardColumn, setBoardColumn] = useState<string | null>(null);

  const openColumn = useCallback((columnKey: string) => {
    setBoardColumn(columnKey);
    setView("board");
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "n" || e.ctrlKey || e.metaKey || e.altKey || typingInField(e.target)) return;
      if (document.querySelector("[role=dialog]")) return;
      e.preventDefault();
      setNewOrderOpen(true);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <div className="shell">
      <NavRail view={view} onView={setView} onNewOrder={() => setNewOrderOpen(true)} />
      <div className="shell__view">
        {view === "board" && <BoardScreen column={boardColumn} onColumn={setBoardColumn} />}
        {view === "flow" && <FlowScreen onOpenColumn={openColumn} />}
        {view === "planner" && <PlannerScreen />}
        {view === "rules" && <RulesScreen />}
        {view === "catalog" && <CatalogScreen />}
        {view === "stock" && <StockScreen />}
        {view === "resources" && <ResourcesScreen />}
      </div>
      {newOrderOpen && <NewOrderDialog onClose={() => setNewOrderOpen(false)} />}
    </div>
  );
}
