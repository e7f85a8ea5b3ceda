// The one table every report draws under its chart: a caption (with its CSV
// button when the table saves on its own), a head when its columns have
// titles, a row per line with the first cell naming the row, and a line for
// "none" or "and more". What each cell shows is the report's; the table only
// lays it out, so every report's table reads and prints alike.

import type { ReactNode, TdHTMLAttributes } from "react";
import type { ReportTable } from "../bindings";
import { CsvButton } from "./CsvButton";

/** A cell's attributes: the `data-*` a test reads, a title, a class. */
export type CellAttrs = TdHTMLAttributes<HTMLTableCellElement> & { [data: `data-${string}`]: string | number | undefined };

export type Column<R> = {
  key: string;
  /** Its title in the head; a table whose columns have none has no head. */
  head?: ReactNode;
  /** What the head's title says when hovered (a day's whole name). */
  headTitle?: string;
  cell: (row: R) => ReactNode;
  attrs?: (row: R) => CellAttrs;
};

type Props<R> = {
  caption?: ReactNode;
  /** Saves this table alone, from beside its caption. */
  csv?: { table: ReportTable; caption: string };
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string | number;
  rowAttrs?: (row: R) => { [data: `data-${string}`]: string | number | undefined };
  /** The first cell names its row (`th scope="row"`); false for a row of figures alone. */
  rowHeader?: boolean;
  /** Said across the table when it has no rows. */
  empty?: ReactNode;
  /** Said across the table after its rows ("and 3 more customers"). */
  more?: ReactNode;
  /** `small`, `days`, `due`: the layouts of reports.css. */
  variant?: "small" | "days" | "due";
};

export function Table<R>({ caption, csv, columns, rows, rowKey, rowAttrs, rowHeader = true, empty, more, variant }: Props<R>) {
  const span = columns.length;
  return (
    <table className={variant ? `report__table report__table--${variant}` : "report__table"}>
      {(caption !== undefined || csv) && (
        <caption>
          {caption}
          {csv && (
            <>
              {" "}
              <CsvButton table={csv.table} caption={csv.caption} small />
            </>
          )}
        </caption>
      )}
      {columns.some((c) => c.head !== undefined) && (
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c.key} title={c.headTitle}>
                {c.head}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {rows.length === 0 && empty !== undefined && (
          <tr>
            <td colSpan={span}>{empty}</td>
          </tr>
        )}
        {rows.map((r) => (
          <tr key={rowKey(r)} {...rowAttrs?.(r)}>
            {columns.map((c, i) =>
              i === 0 && rowHeader ? (
                <th scope="row" key={c.key} {...c.attrs?.(r)}>
                  {c.cell(r)}
                </th>
              ) : (
                <td key={c.key} {...c.attrs?.(r)}>
                  {c.cell(r)}
                </td>
              ),
            )}
          </tr>
        ))}
        {more !== undefined && (
          <tr>
            <td colSpan={span} className="report__more">
              {more}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
