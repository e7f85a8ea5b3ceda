// What Rust really answers, for the UI's tests: the demo shop at a fixed
// clock, written by the Rust test `ui_fixtures_are_rusts_answers`
// (tests/commands/main.rs), which fails while this JSON is stale. Tests that
// draw a board, a panel, the planner or a refusal start from these answers
// instead of inventing what Rust might say.

import type {
  AppError,
  BoardCard,
  BoardView,
  CatalogView_Serialize,
  ClockView,
  ColumnKey,
  CustomerDetail,
  CustomerSummary,
  DropMap,
  FlowStats,
  ItemDetail,
  ItemMoves,
  ItemOutcome_Serialize as ItemOutcome,
  LineFit,
  PickCheck,
  PlannerView,
  ReceiptPreview,
  ReferenceData,
  ReportItem,
  ReportsView,
  AvailabilityView,
  StockView,
  UnitHistory,
  SettingsView,
  SetupChecklist,
  ShopView_Serialize,
  ImportPreview,
  ImportDone,
  BackupsView,
  BackupCheck,
  RestoreDone,
  DueBackView,
  HoldingView,
} from "../bindings";
import data from "./rust-fixtures.json";

export type RustFixtures = {
  clock: ClockView;
  board: BoardView;
  /** The moves of the first card of each column that has one. */
  moves: Partial<Record<ColumnKey, ItemMoves>>;
  detail: { approval: ItemDetail; held: ItemDetail };
  planner: PlannerView;
  /** planner_drop_map for the first queued delivery, today, an hour long. */
  dropMap: DropMap;
  /** item_suggest_slot for the first queued delivery with 0 minutes (what minutes that are no whole number go as). */
  slotErrors: { noMinutes: AppError };
  flow: FlowStats;
  reference: ReferenceData;
  /** The demo shop's catalog. */
  catalog: CatalogView_Serialize;
  /** Every customer; the first one's detail; adding a person to it with "ida.example.com" as the email. */
  customers: { list: CustomerSummary[]; detail: CustomerDetail; badEmail: AppError };
  /** A business laptop's line as the order form asks while it is typed. */
  lineFit: { laptopBlank: LineFit; laptopRam16: LineFit; laptopRam16M3: LineFit; laptopNone: LineFit };
  errors: { validation: AppError; notFound: AppError; conflict: AppError; refused: AppError };
  /** A new product with the SKU of the catalog's first: refused at "sku". */
  catalogErrors: { duplicateSku: AppError };
  /** What writes answered: an approval the flow carried on from, a move Undo can take back, and that undo. */
  outcomes: { approved: ItemOutcome; prepared: ItemOutcome; undone: ItemOutcome[] };
  /** The units of the product of a reserved unit; that unit's history, its product's and a category's availability; four scans checked. */
  stock: {
    view: StockView;
    history: UnitHistory;
    availability: AvailabilityView;
    /** Any product of that product's category with its first spec, as it has it: asked, and answered. */
    categoryAsked: { category: string; specs: Record<string, string> };
    categoryAvailability: AvailabilityView;
    receiveCheck: ReceiptPreview;
    refusedRepair: AppError;
  };
  settings: SettingsView;
  /** A preparing item asked for by scan; Rust's answers to no scans, to its first serial, an unknown one and the first again, and to all its serials. */
  prepare: { detail: ItemDetail; moves: ItemMoves; none: PickCheck; check: PickCheck; complete: PickCheck };
  /** The Reports screen's first answer (the last 7 days), and the approvals waiting as people know them. */
  reports: { week: ReportsView; approvalItems: ReportItem[] };
  /** A first run, a shop set up from it (empty, with its checklist), then the demo opened beside it. */
  ownShop: {
    firstRun: ShopView_Serialize;
    setUp: ShopView_Serialize;
    checklist: SetupChecklist;
    settings: SettingsView;
    settingsRefusal: AppError;
    demo: ShopView_Serialize;
    demoChecklist: SetupChecklist;
  };
  /**
   * A products file with one bad row (row 3, specs) previewed and refused; fixed, previewed and imported; an open-orders file
   * whose second order's service is unknown (row 4) previewed; a file not UTF-8.
   */
  sheets: {
    badPreview: ImportPreview;
    goodPreview: ImportPreview;
    refused: AppError;
    applied: ImportDone;
    ordersPreview: ImportPreview;
    notUtf8: AppError;
  };
  /** A shop's own file that is not right, and its backups (paths under /home/anna/equipflow). */
  files: {
    /** shop_get at start on a file in use, read-only, damaged, from a newer equipflow, not equipflow's. */
    problems: Record<"inUse" | "readOnly" | "damaged" | "newer" | "notEquipflow", ShopView_Serialize>;
    /** order_submit on a full disk. */
    diskFull: AppError;
    /** Kaiser IT with today's copy: the view, its check, a text file checked, a relative folder, the copy restored. */
    backups: { view: BackupsView; check: BackupCheck; refused: AppError; badFolder: AppError; restored: RestoreDone };
  };
  /** What is due back in the demo shop today, and what its first customer holds. */
  wayBack: { dueBack: DueBackView[]; holdings: HoldingView[] };
};

export const rust = data as unknown as RustFixtures;

/** The first card of a column, as Rust drew it. */
export function rustCard(column: ColumnKey): BoardCard {
  const found = rust.board.columns.find((c) => c.key === column)?.cards[0];
  if (!found) throw new Error(`the demo board has no card in ${column}`);
  return found;
}

/** An item as a write left it: Rust's answer to a move, with what a test changes. */
export function rustOutcome(overrides: Partial<ItemOutcome> = {}): ItemOutcome {
  return { ...rust.outcomes.prepared, ...overrides };
}

/**
 * Rust's answers to the shell's own commands (which shop is open, its setup
 * checklist, what the board header counts as due back) with the demo shop
 * open, for tests that draw the whole app; undefined for any other command.
 */
export function shellReply(cmd: string): unknown {
  if (cmd === "shop_get") return rust.ownShop.demo;
  if (cmd === "shop_checklist") return rust.ownShop.demoChecklist;
  if (cmd === "holdings_due_back") return rust.wayBack.dueBack;
  return undefined;
}
