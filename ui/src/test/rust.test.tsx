// The screens draw what Rust really answers (rust-fixtures.json): the order
// numbers, reasons and refusals a person sees are Rust's own words.

import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Board } from "../board/Board";
import { ErrorBanner } from "../shell/ErrorBanner";
import { rust, rustCard } from "./rust";

const now = new Date(rust.clock.now);
const today = rust.clock.today;

describe("the UI on Rust's answers", () => {
  it("draws every column Rust sent with its count and the first card's words", () => {
    render(<Board board={rust.board} now={now} today={today} />);
    for (const column of rust.board.columns) {
      const section = document.querySelector(`[data-column="${column.key}"]`);
      expect(section, column.key).not.toBeNull();
      expect(section!.textContent).toContain(column.title);
      expect(section!.textContent).toContain(String(column.count));
    }
    const approval = rustCard("approval");
    const cardEl = document.querySelector<HTMLElement>(`[data-item-id="${approval.itemId}"]`)!;
    const c = within(cardEl);
    c.getByText(approval.orderNumber);
    expect(approval.orderNumber).toMatch(/^EF-\d{6}$/);
    expect(cardEl.textContent).toContain(approval.reason);
    expect(cardEl.textContent).toContain(approval.customerName);
  });

  it("shows a held card's hold as Rust worded it", () => {
    render(<Board board={rust.board} now={now} today={today} />);
    const held = rust.board.columns.flatMap((c) => c.cards).find((c) => c.onHold);
    expect(held?.holdReason).toBeTruthy();
    const cardEl = document.querySelector<HTMLElement>(`[data-item-id="${held!.itemId}"]`)!;
    expect(cardEl.textContent).toContain(held!.holdReason!);
  });

  it("marks the cards Rust prepares by scan, and only those (what the e2e tests pick by)", () => {
    render(<Board board={rust.board} now={now} today={today} />);
    const byScan = rust.board.columns.flatMap((c) => c.cards).filter((c) => c.prepareByScan);
    expect(byScan.length).toBeGreaterThan(0);
    const marked = [...document.querySelectorAll<HTMLElement>(".card[data-prepare-scan]")].map((el) => Number(el.dataset.itemId));
    expect(marked.sort()).toEqual(byScan.map((c) => c.itemId).sort());
  });

  it("gives every card of one order the same account of the order", () => {
    render(<Board board={rust.board} now={now} today={today} />);
    const byOrder = new Map<number, Set<string>>();
    for (const card of rust.board.columns.flatMap((c) => c.cards)) {
      const el = document.querySelector<HTMLElement>(`[data-item-id="${card.itemId}"]`);
      if (!el || card.orderItemCount <= 1) continue;
      const label = el.textContent?.match(/\d+ of \d+ (ready|delivered)/)?.[0] ?? "none";
      byOrder.set(card.orderId, (byOrder.get(card.orderId) ?? new Set()).add(label));
    }
    expect([...byOrder.values()].some((labels) => !labels.has("none"))).toBe(true);
    for (const [order, labels] of byOrder) expect([order, [...labels]]).toEqual([order, [[...labels][0]]]);
  });

  it("shows Rust's refusal sentence in the banner", () => {
    render(<ErrorBanner error={rust.errors.conflict} what="the board" stale onRetry={() => {}} />);
    expect(screen.getByRole("alert").textContent).toContain(rust.errors.conflict.message);
  });
});
