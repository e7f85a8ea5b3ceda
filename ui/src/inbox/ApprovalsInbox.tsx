import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BoardCard, BoardView } from "../bindings";
import { dueLabel, dueState, positionLabel } from "../format";
import { type Notice, noticeFor } from "../moves/notice";
import { Dialog, DialogTitle } from "../shell/Dialog";
import { FieldError } from "../shell/FieldError";
import { type BulkAction, type BulkResult, bulkSummary, runBulk } from "./bulk";
import { closeInbox, useInboxOpen } from "./inboxOpen";
import "./inbox.css";

/** The cards of the board's approval column, in the board's order. */
export function approvalCards(board: BoardView | null): BoardCard[] {
  return board?.columns.find((c) => c.key === "approval")?.cards ?? [];
}

type ApprovalsInboxProps = {
  /** The approval column's cards as last fetched; rows follow it across refetches. */
  cards: BoardCard[];
  /** Local calendar date "YYYY-MM-DD". */
  today: string;
};

/** The approvals inbox, drawn while the header's badge has it open. */
export function ApprovalsInbox({ cards, today }: ApprovalsInboxProps) {
  const open = useInboxOpen();
  useEffect(() => closeInbox, []); // unmounting the board closes it
  return open ? <InboxDialog cards={cards} today={today} onClose={closeAndRefocus} /> : null;
}

function closeAndRefocus() {
  closeInbox();
  // Back to the badge that opened the inbox, also when the click did not focus it
  // (the dialog only gives focus back to what had it).
  queueMicrotask(() => document.querySelector<HTMLElement>('[data-stat="pending-approvals"]')?.focus());
}

type Run = { action: BulkAction; total: number; results: BulkResult[]; done: boolean };

function InboxDialog({ cards, today, onClose }: ApprovalsInboxProps & { onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [selected, setSelected] = useState<ReadonlySet<number>>(() => new Set());
  const [text, setText] = useState("");
  const [run, setRun] = useState<Run | null>(null);

  const outcomes = new Map((run?.results ?? []).map((r) => [r.itemId, r]));
  const running = run !== null && !run.done;
  // Rows already approved or rejected wait for the refetch to take them away.
  const selectable = cards.filter((c) => !outcomes.get(c.itemId)?.ok);
  const chosen = selectable.filter((c) => selected.has(c.itemId));
  const allChosen = selectable.length > 0 && chosen.length === selectable.length;

  const toggle = (itemId: number, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(itemId);
      else next.delete(itemId);
      return next;
    });

  const toggleAll = (on: boolean) => setSelected(on ? new Set(selectable.map((c) => c.itemId)) : new Set());

  async function start(action: BulkAction) {
    if (running || chosen.length === 0) return;
    const subjects = chosen.map((c) => ({ itemId: c.itemId, version: c.version }));
    setRun({ action, total: subjects.length, results: [], done: false });
    const results = await runBulk(action, subjects, text, undefined, (result) =>
      setRun((r) => r && { ...r, results: [...r.results, result] }),
    );
    setRun({ action, total: subjects.length, results, done: true });
    // The note was for these items: once they all took it, the field is free for the next.
    if (results.every((r) => r.ok)) setText("");
    const succeeded = new Set(results.filter((r) => r.ok).map((r) => r.itemId));
    setSelected((s) => new Set([...s].filter((itemId) => !succeeded.has(itemId))));
  }

  // What each accepted item did, in Rust's words; kept here once the refetch takes its row away.
  const said = run?.done ? run.results.filter((r) => r.ok).map((r) => noticeFor(r, r.itemId)) : [];
  const single = run?.done && run.results.length === 1 ? said[0] : undefined;
  const summary = run
    ? run.done
      ? single
        ? noticeLine(single)
        : bulkSummary(run.action, run.results)
      : t(run.action === "approve" ? "inbox.approving" : "inbox.rejecting", { n: run.results.length + 1, total: run.total })
    : "";

  return (
    <Dialog className="inbox" backdropClassName="inbox__backdrop" onClose={onClose} aria-busy={running || undefined}>
      <header className="inbox__header">
        <DialogTitle className="inbox__title">{t("inbox.title")}</DialogTitle>
        <span className="inbox__count">{t("inbox.awaiting", { count: cards.length })}</span>
        <button type="button" className="button button--quiet inbox__close" onClick={onClose} aria-label={t("inbox.close")}>
          <span aria-hidden="true">✕</span>
        </button>
      </header>

      <div className="inbox__toolbar">
        <label className="inbox__select-all">
          <input
            type="checkbox"
            checked={allChosen}
            ref={(el) => {
              if (el) el.indeterminate = chosen.length > 0 && !allChosen;
            }}
            disabled={selectable.length === 0 || running}
            onChange={(e) => toggleAll(e.target.checked)}
          />
          {t("inbox.selectAll")}
        </label>
        <span className="inbox__selected">{chosen.length > 0 ? t("inbox.selected", { count: chosen.length }) : ""}</span>
      </div>

      {cards.length === 0 ? (
        <p className="inbox__empty">{t("inbox.empty")}</p>
      ) : (
        <ul className="inbox__list" aria-label={t("inbox.list")}>
          {cards.map((card) => (
            <InboxRow
              key={card.itemId}
              card={card}
              today={today}
              checked={selected.has(card.itemId)}
              disabled={running || outcomes.get(card.itemId)?.ok === true}
              outcome={outcomes.get(card.itemId) ?? null}
              onToggle={toggle}
            />
          ))}
        </ul>
      )}

      <footer className="inbox__footer">
        <label className="inbox__label" htmlFor={`${id}-text`}>
          {t("inbox.noteOrReason")}
        </label>
        <textarea
          id={`${id}-text`}
          className="field inbox__text"
          rows={2}
          value={text}
          placeholder={t("inbox.textPlaceholder")}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="inbox__actions">
          <div className="inbox__summary" role="status" aria-live="polite">
            <p>{summary}</p>
            {said.length > 1 && (
              <ul className="inbox__said">
                {said.map((n) => (
                  <li key={n.id}>{noticeLine(n)}</li>
                ))}
              </ul>
            )}
          </div>
          <button
            type="button"
            className="button button--caution"
            disabled={running || chosen.length === 0}
            onClick={() => start("reject")}
          >
            {t("inbox.reject")}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={running || chosen.length === 0}
            onClick={() => start("approve")}
          >
            {t("inbox.approve")}
          </button>
        </div>
      </footer>
    </Dialog>
  );
}

type InboxRowProps = {
  card: BoardCard;
  today: string;
  checked: boolean;
  disabled: boolean;
  outcome: BulkResult | null;
  onToggle: (itemId: number, on: boolean) => void;
};

function InboxRow({ card, today, checked, disabled, outcome, onToggle }: InboxRowProps) {
  const { t } = useTranslation();
  const due = card.dueDate ? dueState(card.dueDate, today) : "none";
  const showRecipient = card.recipientName !== "" && card.recipientName !== card.customerName;
  const classes = ["inbox-row"];
  if (checked) classes.push("inbox-row--selected");
  if (outcome?.ok) classes.push("inbox-row--done");
  if (outcome && !outcome.ok) classes.push("inbox-row--refused");

  return (
    <li className={classes.join(" ")} data-inbox-item-id={card.itemId} data-outcome={outcome ? (outcome.ok ? "done" : "refused") : undefined}>
      <input
        type="checkbox"
        className="inbox-row__check"
        checked={checked}
        disabled={disabled}
        aria-label={t("inbox.select", { order: card.orderNumber, position: positionLabel(card), title: card.title })}
        onChange={(e) => onToggle(card.itemId, e.target.checked)}
      />
      <div className="inbox-row__main">
        <div className="inbox-row__top">
          <span className="inbox-row__order">{card.orderNumber}</span>
          <span className="inbox-row__position">{positionLabel(card)}</span>
          {card.onHold && (
            <span className="badge badge--hold" title={card.holdReason ?? undefined}>
              {t("board.card.onHold")}
            </span>
          )}
          {card.dueDate && (
            <span className={`badge badge--due badge--due-${due} inbox-row__due`}>{dueLabel(card.dueDate, today, due)}</span>
          )}
        </div>
        <p className="inbox-row__title">
          {card.title}
          {card.quantity > 1 && <span className="qty"> ×{card.quantity}</span>}
        </p>
        <p className="inbox-row__who">
          {card.customerName}
          {showRecipient && <> · {t("board.card.for", { name: card.recipientName })}</>}
        </p>
        <p className="inbox-row__reason">{card.reason}</p>
        {outcome?.ok && (
          <p className="inbox-row__outcome" role="status">
            {noticeLine(noticeFor(outcome, card.itemId))}
          </p>
        )}
        {outcome && !outcome.ok && <FieldError error={outcome.error} named />}
      </div>
    </li>
  );
}

/** "Approved — EF-000049/2 went on to Assigned, on hold — …": Rust's step and sentence. */
function noticeLine(n: Notice): string {
  return n.step ? `${n.step} — ${n.text}` : n.text;
}
