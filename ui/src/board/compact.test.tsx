import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../App";
import type { ColumnKey } from "../bindings";
import { rust, shellReply } from "../test/rust";
import { Board } from "./Board";
import { LAYOUT_KEY, loadLayout } from "./boardLayout";

/** The board's clock, fixed: ages and due marks must not depend on when the suite runs. */
const NOW = new Date("2026-11-30T09:00:00Z");
const TODAY = "2026-11-30";
const COMPACT = { compact: true, collapsed: [] as ColumnKey[] };

function cards(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(".card")];
}

function cardOf(itemId: number): HTMLElement {
  return document.querySelector<HTMLElement>(`.card[data-item-id="${itemId}"]`)!;
}

const rustCards = rust.board.columns.flatMap((c) => c.cards);

function serveBoard() {
  mockIPC(
    (cmd, args) => {
      if (shellReply(cmd) !== undefined) return shellReply(cmd);
      if (cmd === "board_get") return rust.board;
      if (cmd === "item_moves") {
        const itemId = (args as { itemId: number }).itemId;
        return { ...Object.values(rust.moves)[0]!, itemId };
      }
      throw new Error(`unexpected command ${cmd}`);
    },
    { shouldMockEvents: true },
  );
}

afterEach(() => localStorage.clear());

describe("compact cards (Rust's demo board)", () => {
  it("say each thing once: no Service/Customer labels, no Move… button, the service not beside its title", () => {
    render(<Board board={rust.board} now={NOW} today={TODAY} layout={COMPACT} />);
    expect(cards()).toHaveLength(rustCards.length);
    for (const card of rustCards) {
      const el = cardOf(card.itemId);
      expect(el.classList.contains("card--compact")).toBe(true);
      expect(el.querySelector("dt"), "no field labels").toBeNull();
      expect(el.querySelector(".card__move"), "no per-card Move… button").toBeNull();
      const text = el.textContent ?? "";
      // Outside Rust's reason (which may name the service in its sentence), the service is said once at most.
      const bare = text.replace(el.querySelector(".card__reason")?.textContent ?? "", "");
      expect(bare.split(card.serviceName).length - 1, `${card.title}: service said once at most`).toBeLessThanOrEqual(
        card.title.includes(card.serviceName) || card.customerName.includes(card.serviceName) ? 1 : 0,
      );
      expect(text).toContain(card.orderNumber);
      expect(text).toContain(card.customerName);
      expect(text).toContain(card.onHold ? card.holdReason ?? card.reason : card.reason);
      // Everything a screen reader heard before is still in the card's name.
      expect(el.getAttribute("aria-label")).toContain(`Service ${card.serviceName}`);
    }
  });

  it("the full layout still labels each field and offers Move…", () => {
    render(<Board board={rust.board} now={NOW} today={TODAY} />);
    const first = cardOf(rustCards[0]!.itemId);
    expect(within(first).getByText("Service")).toBeTruthy();
    expect(first.querySelector(".card__move")).not.toBeNull();
  });

  it("M on a compact card opens its move menu (the keyboard's way in without the Move… button)", async () => {
    serveBoard();
    render(<Board board={rust.board} now={NOW} today={TODAY} layout={COMPACT} />);
    fireEvent.keyDown(cardOf(rustCards[0]!.itemId), { key: "m" });
    const menu = await screen.findByRole("menu");
    expect(within(menu).getAllByRole("menuitem").length).toBeGreaterThan(0);
  });

  it("a folded column is a strip with its name and count, a drop target still, opened by its button", () => {
    const folded = rust.board.columns[1]!;
    const toggled: ColumnKey[] = [];
    render(
      <Board
        board={rust.board}
        now={NOW}
        today={TODAY}
        layout={{ compact: true, collapsed: [folded.key] }}
        onToggleColumn={(k) => toggled.push(k)}
      />,
    );
    const strip = document.querySelector<HTMLElement>(`[data-column="${folded.key}"]`)!;
    expect(strip.classList.contains("column--collapsed")).toBe(true);
    expect(strip.querySelector(".card")).toBeNull();
    const open = within(strip).getByRole("button", { name: new RegExp(folded.title) });
    expect(open.getAttribute("aria-expanded")).toBe("false");
    expect(open.textContent).toContain(String(folded.count));
    fireEvent.click(open);
    // Every other column offers to fold.
    fireEvent.click(screen.getByRole("button", { name: `Fold the ${rust.board.columns[0]!.title} column` }));
    expect(toggled).toEqual([folded.key, rust.board.columns[0]!.key]);
  });
});

describe("the desk remembers its layout", () => {
  it("Compact cards and folded columns survive a restart", async () => {
    serveBoard();
    const { unmount } = render(<App />);
    const toggle = await screen.findByRole("button", { name: "Compact cards" });
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(toggle);
    await waitFor(() => expect(document.querySelector(".card--compact")).not.toBeNull());
    const first = rust.board.columns[0]!;
    fireEvent.click(screen.getByRole("button", { name: `Fold the ${first.title} column` }));
    expect(loadLayout(localStorage)).toEqual({ compact: true, collapsed: [first.key] });
    unmount();

    render(<App />);
    await waitFor(() => expect(document.querySelector(".card--compact")).not.toBeNull());
    expect(screen.getByRole("button", { name: "Compact cards" }).getAttribute("aria-pressed")).toBe("true");
    expect(document.querySelector(`[data-column="${first.key}"]`)?.classList.contains("column--collapsed")).toBe(true);
  });

  it("reads a missing or broken preference as the full board", () => {
    expect(loadLayout(null)).toEqual({ compact: false, collapsed: [] });
    localStorage.setItem(LAYOUT_KEY, "{not json");
    expect(loadLayout(localStorage)).toEqual({ compact: false, collapsed: [] });
  });
});
