//! Read models the UI draws: made for display, apart from the domain entities.

pub mod board;
pub mod candidates;
pub mod catalog;
pub mod outcome;
pub mod planning;
pub mod rules;
pub mod timeline;

pub use board::{board, board_changes, BoardCard, BoardColumn, BoardDelta, BoardView, ColumnKey};
pub use candidates::{item_candidates, CandidateView};
pub use catalog::{
    catalog_history, catalog_view, AuditEntryView, CatalogView, ProductView, ServiceView,
};
pub use outcome::ItemOutcome;
pub use planning::{DayPlan, SlotSuggestion, Unplaced};
pub use rules::{list_rules, RuleHitView, RuleView};
pub use timeline::{item_detail, ItemDetail, TimelineEntry};
pub mod line_fit;
pub mod money;
pub use line_fit::{order_line_fit, LineFit, ProductFit, SpecOptions};
pub use money::Money;
pub mod reference;
pub use reference::{reference_data, ReferenceData};
pub mod moves;
pub use moves::{item_moves, ItemMoves};
pub mod flow;
pub use flow::{flow_stats, FlowStats};
pub mod picking;
pub mod planner;
pub use planner::{
    day_sheet, delivery_note, planner, DaySheet, DeliveryNote, DropMap, PlannerView,
};
pub mod customers;
pub use customers::{customer_detail, customers_list, CustomerDetail, CustomerSummary};
pub mod stock;
pub use stock::{availability, stock_view, unit_history, AvailabilityView, StockView, UnitHistory};
pub mod settings;
pub use settings::{settings, SettingChange, SettingEdit, SettingsView};
pub mod checklist;
pub use checklist::{setup_checklist, SetupChecklist, SetupStep, SetupStepKey};
pub mod import;
pub mod reports;
pub use import::{ImportDone, ImportPreview, ImportStatus, RowChange};
pub mod export;
pub use export::export_csv;
pub mod backup;
pub use backup::{backup_check, BackupCheck, BackupCopy, BackupsView};
pub mod holdings;
pub use holdings::{customer_holdings, due_back, DueBackView, HolderView, HoldingView};
pub mod check_in;
pub use check_in::{check_in_view, return_receipt, CheckInView, ReturnReceipt, ReturnedUnit};
