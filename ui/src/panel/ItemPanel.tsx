import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AppError, BoardCard } from "../bindings";
import { positionLabel } from "../format";
import type { Outcome } from "../ipc";
import { ActionNotice } from "../moves/ActionNotice";
import { type ActionSubject, runAction } from "../moves/actions";
import { MoveButton } from "../moves/MoveButton";
import { buttonMoves, prepareScanMove, productMoves, scanMoves, slotMoves } from "../moves/moveControls";
import { type Notice, noticeFor, undoNotice } from "../moves/notice";
import { runMove } from "../moves/runMove";
import { ErrorBanner } from "../shell/ErrorBanner";
import { FieldError } from "../shell/FieldError";
import { CandidateList } from "./CandidateList";
import { CheckInPanel } from "./CheckInPanel";
import { ReturnReceiptView } from "./ReturnReceiptView";
import { specRows, windowLabel } from "./format";
import { DeliveryNoteView } from "../planner/DeliveryNoteView";
import { PrepareScan } from "./PrepareScan";
import { ScheduleForm } from "./ScheduleForm";
import { Timeline } from "./Timeline";
import { usePanelData } from "./usePanelData";
import "./panel.css";

type ItemPanelProps = {
  itemId: number;
  /** The item's card on the board, for its title and order facts; null if not on the board. */
  card: BoardCard | null;
  onClose: () => void;
};

/** A drawer beside the board: one item's request, what can be done with it now, and its history. */
export function ItemPanel({ itemId, card, onClose }: ItemPanelProps) {
  const { t } = useTranslation();
  const { data, error, loading, refresh } = usePanelData(itemId);
  const titleId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [undoing, setUndoing] = useState(false);
  const [paper, setPaper] = useState<number | null>(null);
  const [receiptOpen, setReceiptOpen] = useState(false);

  /** An accepted action's answer becomes the panel's notice (a refusal shows beside its control). */
  const told = useCallback(
    (result: Outcome<unknown>) => {
      if (result.ok) setNotice(noticeFor(result, itemId));
      return result;
    },
    [itemId],
  );

  async function undo() {
    if (!notice || undoing) return;
    setUndoing(true);
    setNotice(await undoNotice(notice));
    setUndoing(false);
    refresh();
  }

  useEffect(() => {
    panelRef.current?.focus();
  }, [itemId]);

  // An item asked for by scan (to prepare, or to check in) opens with focus in
  // its scan field once its data is in: a scanner, or Tab, starts there.
  const scanning = data
    ? prepareScanMove(data.moves.moves)
      ? "prepare"
      : scanMoves(data.moves.moves).length > 0
        ? "check-in"
        : null
    : null;
  useEffect(() => {
    if (scanning) panelRef.current?.querySelector<HTMLElement>(`[data-scan=${scanning}]`)?.focus();
  }, [scanning, itemId]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.key === "Escape" && !e.defaultPrevented) onClose();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);

  const detail = data?.detail ?? null;
  const moves = data?.moves.moves ?? [];
  // Rust asks for this item's units by scan: "Mark prepared" is the scan's own button.
  const scanMove = prepareScanMove(moves);
  const buttons = buttonMoves(moves);
  const subject: ActionSubject | null = data
    ? {
        itemId,
        version: data.moves.version,
        orderId: data.detail.orderId,
        orderVersion: card?.orderVersion ?? null,
      }
    : null;
  const orderNumber = detail?.orderNumber ?? card?.orderNumber ?? "";
  const title = card?.title ?? `Item ${itemId}`;

  return (
    <aside
      ref={panelRef}
      className="panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      aria-busy={loading}
      data-panel-item-id={itemId}
      tabIndex={-1}
    >
      <header className="panel__header">
        <div className="panel__top">
          <span className="panel__order">{orderNumber}</span>
          {card && <span className="panel__position">{positionLabel(card)}</span>}
          <button type="button" className="button button--quiet panel__close" onClick={onClose} aria-label={t("panel.close")}>
            <span aria-hidden="true">✕</span>
          </button>
        </div>
        <h2 className="panel__title" id={titleId}>
          {title}
          {card && card.quantity > 1 && <span className="qty"> ×{card.quantity}</span>}
        </h2>
        <div className="panel__status-row">
          {detail && (
            <span className="panel__status" data-status={detail.status}>
              {detail.statusLabel}
            </span>
          )}
          {card && <span className="panel__meta">{card.serviceName} · {card.customerName}</span>}
        </div>
        {detail?.holdReason && (
          <p className="panel__hold">
            <span className="badge badge--hold">{t("board.card.onHold")}</span>
            <span className="panel__hold-reason">{detail.holdReason}</span>
          </p>
        )}
      </header>

      <ActionNotice notice={notice} onUndo={() => void undo()} onDismiss={() => setNotice(null)} className="panel__notice" />

      <div className="panel__body">
        <ErrorBanner error={error} what={t("panel.loadWhat")} stale={data !== null} onRetry={refresh} className="panel__load-error" />
        {!data && loading && <p className="panel__empty">{t("stock.loadingShort")}</p>}

        {detail && subject && (
          <>
            <section className="panel__section" aria-labelledby={`${titleId}-request`}>
              <h3 className="panel__section-title" id={`${titleId}-request`}>
                {t("panel.request")}
              </h3>
              <dl className="facts">
                {specRows(detail.requestedSpecs).map((row) => (
                  <div key={row.key}>
                    <dt>{row.label}</dt>
                    <dd>{row.value}</dd>
                  </div>
                ))}
                <div>
                  <dt>{t("planner.window")}</dt>
                  <dd>{windowLabel(detail.windowStart, detail.windowEnd)}</dd>
                </div>
                <div>
                  <dt>{t("panel.address")}</dt>
                  <dd>{detail.address}</dd>
                </div>
                <div>
                  <dt>{t("panel.serials")}</dt>
                  <dd>
                    {detail.serials.length === 0 ? (
                      <span className="facts__none">{t("panel.noneReserved")}</span>
                    ) : (
                      <ul className="serials">
                        {detail.serials.map((s) => (
                          <li key={s}>{s}</li>
                        ))}
                      </ul>
                    )}
                  </dd>
                </div>
              </dl>
            </section>

            <section className="panel__section" aria-labelledby={`${titleId}-actions`}>
              <h3 className="panel__section-title" id={`${titleId}-actions`}>
                {t("panel.actions")}
              </h3>
              {moves.length === 0 && !(card && card.orderItemCount > 1) && (
                <p className="panel__empty">{t("panel.nothingToDo")}</p>
              )}
              {productMoves(moves).map((move) => (
                <CandidateList
                  key={move.action}
                  move={move}
                  candidates={data!.candidates}
                  pick={async (productId, note) => told(await runAction("assign", subject, { productId, text: note }))}
                  onDone={refresh}
                />
              ))}
              {slotMoves(moves).map((move) => (
                <ScheduleForm key={move.action} move={move} subject={subject} told={told} onDone={refresh} />
              ))}
              {scanMove && <PrepareScan key={itemId} move={scanMove} subject={subject} told={told} onDone={refresh} />}
              {scanMoves(moves).map((move) => (
                <CheckInPanel key={move.action} move={move} subject={subject} told={told} onDone={refresh} />
              ))}
              {buttons.length > 0 && (
                <ul className="moves">
                  {buttons.map((move) => (
                    <MoveButton
                      key={move.action}
                      move={move}
                      run={async (text) => told(await runMove(move, subject, { text }))}
                      onDone={refresh}
                    />
                  ))}
                </ul>
              )}
              {detail.bookingId != null && (
                <div className="panel__papers">
                  <button type="button" className="button" data-delivery-note="" onClick={() => setPaper(detail.bookingId ?? null)}>
                    {t("planner.deliveryNote")}
                  </button>
                  <p className="hint">{t("panel.paperHint")}</p>
                </div>
              )}
              {detail.returnReceipt && (
                <div className="panel__papers">
                  <button type="button" className="button" data-return-receipt="" onClick={() => setReceiptOpen(true)}>
                    {t("returnReceipt.title")}
                  </button>
                  <p className="hint">{t("returnReceipt.hint")}</p>
                </div>
              )}
              {card && card.orderItemCount > 1 && (
                <SplitControl subject={subject} orderNumber={orderNumber} told={told} onDone={refresh} />
              )}
            </section>

            <section className="panel__section" aria-labelledby={`${titleId}-timeline`}>
              <h3 className="panel__section-title" id={`${titleId}-timeline`}>
                {t("panel.timeline")}
              </h3>
              <Timeline entries={detail.timeline} />
            </section>
          </>
        )}
      </div>
      {paper !== null && <DeliveryNoteView bookingId={paper} onClose={() => setPaper(null)} />}
      {receiptOpen && <ReturnReceiptView itemId={itemId} onClose={() => setReceiptOpen(false)} />}
    </aside>
  );
}

type SplitControlProps = {
  subject: ActionSubject;
  orderNumber: string;
  told: (result: Outcome<unknown>) => Outcome<unknown>;
  onDone: () => void;
};

function SplitControl({ subject, orderNumber, told, onDone }: SplitControlProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  return (
    <div className="split">
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          const result = told(await runAction("split_off", subject));
          setBusy(false);
          if (!result.ok) setError(result.error);
          else onDone();
        }}
      >
        {t("panel.splitOff")}
      </button>
      <p className="hint">{t("panel.splitHint", { order: orderNumber })}</p>
      <FieldError error={error} named />
    </div>
  );
}
