import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AppError, ReportItem } from "../bindings";
import { commands } from "../bindings";
import { call } from "../ipc";
import { Dialog, DialogTitle } from "../shell/Dialog";
import { ItemName } from "./charts";
import type { Drill } from "./ReportsScreen";

/** The most items the list names (Rust's `ITEMS_MAX`); the count says how many there are. */
const SHOWN = 200;

/** The items behind a number, named as people know them: each opens in the item panel. */
export function ItemsDialog({ drill, onOpen, onClose }: { drill: Drill; onOpen: (itemId: number) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<ReportItem[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => {
    let live = true;
    void call(() => commands.reportItems(drill.itemIds.slice(0, SHOWN))).then((r) => {
      if (!live) return;
      if (r.ok) setItems(r.data);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [drill.itemIds]);
  const more = drill.itemIds.length - SHOWN;
  return (
    <Dialog className="report-items" backdropClassName="report-items__backdrop" onClose={onClose}>
      <DialogTitle className="report-items__title">
        {drill.caption}: {t("order.itemCount", { count: drill.itemIds.length })}
      </DialogTitle>
      {error && (
        <p className="report-items__error" role="alert">
          {error.message}
        </p>
      )}
      {items === null && !error && <p className="report-items__loading">{t("stock.loadingShort")}</p>}
      {items && (
        <ul className="report-items__list">
          {items.map((item) => (
            <li key={item.itemId}>
              <button
                type="button"
                className="report__link"
                data-item={item.itemId}
                onClick={() => {
                  onClose();
                  onOpen(item.itemId);
                }}
              >
                <ItemName item={item} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {more > 0 && <p className="report-items__more">{t("order.more", { count: more })}</p>}
      <div className="report-items__actions">
        <button type="button" className="button" onClick={onClose} data-autofocus="">
          {t("common.close")}
        </button>
      </div>
    </Dialog>
  );
}
