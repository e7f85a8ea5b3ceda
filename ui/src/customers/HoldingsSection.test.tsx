// A customer's Holds on Rust's own answer (rust-fixtures.json: the demo
// shop's first customer): each holding with its units and due mark, and a
// unit that came back missing decided in its dialog, Rust's refusal shown
// beside the reason.

import { mockIPC } from "@tauri-apps/api/mocks";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { AppError, HoldingView } from "../bindings";
import "../i18n";
import { rust } from "../test/rust";
import { HoldingsSection } from "./HoldingsSection";

const holdings = rust.wayBack.holdings;
const customerId = rust.customers.detail.id;

type Call = { cmd: string; args: Record<string, unknown> };

function serve(answer: HoldingView[], decide: (args: Record<string, unknown>) => unknown): Call[] {
  const calls: Call[] = [];
  mockIPC((cmd, raw) => {
    const args = (raw ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    if (cmd === "customer_holdings") return answer;
    if (cmd === "holdings_decide_missing") return decide(args);
    return null;
  });
  return calls;
}

/** A held unit of the demo checked in missing: what Rust answers once a return closed with it. */
function withMissing(): HoldingView[] {
  const h = holdings.find((x) => x.units.length > 0)!;
  const missing: HoldingView = {
    ...h,
    state: "return_requested",
    stateLabel: "Return requested",
    units: [],
    missing: h.units,
    requestable: false,
    notRequestableReason: "a missing unit waits for your decision",
  };
  return holdings.map((x) => (x.id === h.id ? missing : x));
}

describe("holds", () => {
  it("lists what the customer holds with serials and Rust's due mark", async () => {
    serve(holdings, () => null);
    render(<HoldingsSection customerId={customerId} loadKey={0} dateText={(iso) => iso} />);
    for (const h of holdings) {
      const row = await waitFor(() => {
        const found = document.querySelector(`[data-holding-id="${h.id}"]`);
        expect(found).not.toBeNull();
        return found!;
      });
      expect(row.textContent).toContain(h.title);
      for (const u of h.units) expect(row.textContent).toContain(u.serial);
      if (h.dueLabel) expect(row.querySelector("[data-due]")!.textContent).toBe(h.dueLabel);
    }
  });

  it("a missing unit is decided with a reason, by keyboard; Rust's refusal shows beside it", async () => {
    const shown = withMissing();
    const h = shown.find((x) => x.missing.length > 0)!;
    const unit = h.missing[0]!;
    const refusal: AppError = { code: "validation", field: "note", message: "Note: say why the unit is charged to the customer" };
    const ended: HoldingView = { ...h, state: "ended", stateLabel: "Ended", missing: [], version: h.version + 1 };
    const calls = serve(shown, (args) => (args.note === "" ? Promise.reject(refusal) : ended));
    const user = userEvent.setup();
    render(<HoldingsSection customerId={customerId} loadKey={0} dateText={(iso) => iso} />);

    const decide = await screen.findByRole("button", { name: `Decide about missing ${unit.serial}` });
    expect(document.querySelector(`[data-holding-id="${h.id}"] input[type=checkbox]`)!.hasAttribute("disabled")).toBe(true);
    decide.focus();
    await user.keyboard("{Enter}");
    const dialog = await screen.findByRole("dialog", { name: `Missing: ${unit.serial} (${h.title})` });
    // The first choice has focus; the arrows pick another.
    expect(document.activeElement).toBe(within(dialog).getByRole("radio", { name: /Found, good/ }));
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}");
    expect(within(dialog).getByRole("radio", { name: /Charged to the customer/ })).toHaveProperty("checked", true);
    await user.click(within(dialog).getByRole("button", { name: "Decide" }));
    expect((await within(dialog).findByRole("alert")).textContent).toContain(refusal.message);

    await user.type(within(dialog).getByRole("textbox", { name: "Reason" }), "invoice 118");
    await user.click(within(dialog).getByRole("button", { name: "Decide" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    const sent = calls.filter((c) => c.cmd === "holdings_decide_missing").map((c) => c.args);
    expect(sent.at(-1)).toEqual({ holdingId: h.id, version: h.version, unitId: unit.unitId, decision: "charged", note: "invoice 118" });
    expect(screen.getByRole("status").textContent).toContain(`${unit.serial}: charged to the customer.`);
    expect(document.querySelector(`[data-holding-id="${h.id}"] [data-missing-serial]`)).toBeNull();
  });
});
