import type { ComponentProps } from "react";
import "./dataTable.css";

/** The list screens' table (catalog, customers, stock, resources): one look, kept in dataTable.css. */
export function DataTable({ className, ...props }: ComponentProps<"table">) {
  return <table className={["data-table", className].filter(Boolean).join(" ")} {...props} />;
}

/** A row that opens its entry, marked while open (`selected`), just made (`fresh`) or archived. */
export function rowClass(marks: { selected?: boolean; fresh?: boolean; archived?: boolean }): string {
  return [
    "data-table__row",
    marks.selected && "data-table__row--selected",
    marks.fresh && "data-table__row--new",
    marks.archived && "data-table__row--archived",
  ]
    .filter(Boolean)
    .join(" ");
}
