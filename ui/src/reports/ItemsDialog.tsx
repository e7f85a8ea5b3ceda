import { Dialog, DialogTitle } from "../shell/Dialog";
import type { Drill } from "./ReportsScreen";

/** The items behind a number: each opens in the item panel. */
export function ItemsDialog({ drill, onOpen, onClose }: { drill: Drill; onOpen: (itemId: number) => void; onClose: () => void }) {
  return (
    <Dialog className="report-items" backdropClassName="report-items__backdrop" onClose={onClose}>
      <DialogTitle className="report-items__title">
        {drill.caption}: {drill.itemIds.length} items
      </DialogTitle>
      <ul className="report-items__list">
        {drill.itemIds.slice(0, 200).map((id) => (
          <li key={id}>
            <button
              type="button"
              className="report__link"
              onClick={() => {
                onClose();
                onOpen(id);
              }}
            >
              Item {id}
            </button>
          </li>
        ))}
      </ul>
      <div className="report-items__actions">
        <button type="button" className="button" onClick={onClose} data-autofocus="">
          Close
        </button>
      </div>
    </Dialog>
  );
}
