import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { App } from "../App";
import { rust } from "../test/rust";

type Call = { cmd: string; args: Record<string, unknown> };

/** A first run as Rust answers it: nothing open, then the shop set up (empty) or the demo opened. */
function serveFirstRun() {
  const calls: Call[] = [];
  let open = rust.ownShop.firstRun;
  mockIPC(
    (cmd, raw) => {
      const args = (raw ?? {}) as Record<string, unknown>;
      calls.push({ cmd, args });
      switch (cmd) {
        case "shop_get":
          return open;
        case "shop_setup": {
          const input = args.input as { shopName: string; currency: string };
          if (input.currency !== "EUR") return Promise.reject(refusal("currency"));
          open = rust.ownShop.setUp;
          return open;
        }
        case "shop_switch":
          open = rust.ownShop.demo;
          return open;
        case "shop_checklist":
          return open === rust.ownShop.demo ? rust.ownShop.demoChecklist : rust.ownShop.checklist;
        case "board_get":
          return open === rust.ownShop.demo ? rust.board : { ...rust.board, columns: [], openItems: 0, pendingApprovals: 0 };
        default:
          return Promise.reject(new Error(`unexpected ${cmd}`));
      }
    },
    { shouldMockEvents: true },
  );
  return calls;
}

function refusal(field: string) {
  return { code: "validation", message: "Must be a three-letter currency code like EUR or CHF, got \"Euro\"", field };
}

describe("first run", () => {
  it("asks: set up my shop, or explore the demo", async () => {
    serveFirstRun();
    render(<App />);
    expect(await screen.findByRole("heading", { name: "Set up my shop" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Explore the demo shop" })).toBeTruthy();
    expect(screen.queryByRole("navigation", { name: "Screens" })).toBeNull();
  });

  it("a refused currency shows beside its field; a good setup lands on the board with the checklist", async () => {
    const calls = serveFirstRun();
    render(<App />);
    fireEvent.change(await screen.findByLabelText("Shop name"), { target: { value: "Kaiser IT" } });
    const currency = screen.getByLabelText("Currency");
    fireEvent.change(currency, { target: { value: "Euro" } });
    fireEvent.click(screen.getByRole("button", { name: "Set up my shop" }));
    const error = await screen.findByRole("alert");
    expect(error.getAttribute("data-error-for")).toBe("currency");
    expect(currency.getAttribute("aria-invalid")).toBe("true");

    fireEvent.change(currency, { target: { value: "EUR" } });
    fireEvent.click(screen.getByRole("button", { name: "Set up my shop" }));
    const checklist = await screen.findByRole("region", { name: "Set up your shop" });
    const steps = within(checklist).getAllByRole("listitem");
    expect(steps.map((s) => s.getAttribute("data-step"))).toEqual(rust.ownShop.checklist.steps.map((s) => s.key));
    expect(within(checklist).getByText("0 of 6 done")).toBeTruthy();
    // A step links to its screen where the app has it (Resources for people and vans).
    expect(within(checklist).getByRole("button", { name: "Add vans" })).toBeTruthy();
    expect(screen.getByText("Kaiser IT")).toBeTruthy();
    expect(calls.filter((c) => c.cmd === "shop_setup").map((c) => c.args.input)).toEqual([
      { shopName: "Kaiser IT", currency: "Euro" },
      { shopName: "Kaiser IT", currency: "EUR" },
    ]);
  });

  // The demo's whole board is drawn: slower than the rest under a loaded machine.
  it("explore the demo opens it with the badge and no checklist", { timeout: 20_000 }, async () => {
    serveFirstRun();
    render(<App />);
    fireEvent.click(await screen.findByRole("button", { name: "Explore the demo shop" }));
    expect(await screen.findByText("Demo shop")).toBeTruthy();
    await waitFor(() => expect(document.querySelector(".card[data-item-id]")).toBeTruthy());
    expect(screen.queryByRole("region", { name: "Set up your shop" })).toBeNull();
    // The demo opened beside a shop already set up: the rail offers to open it.
    expect(screen.getByRole("button", { name: "Open my shop" })).toBeTruthy();
  });
});

describe("a shop file that would not open", () => {
  for (const [name, shop] of Object.entries(rust.files.problems)) {
    it(`says what is wrong with it and what to do (${name}), and offers no setup over it`, async () => {
      mockIPC(
        (cmd) => {
          if (cmd === "shop_get") return shop;
          if (cmd === "shop_switch") return Promise.reject(shop.problem);
          return Promise.reject(new Error(`unexpected ${cmd}`));
        },
        { shouldMockEvents: true },
      );
      render(<App />);
      const problem = await screen.findByRole("alert");
      expect(problem.textContent).toBe(shop.problem!.message);
      expect(problem.closest("[data-problem]")!.getAttribute("data-problem")).toBe(shop.problem!.refusal);
      expect(screen.queryByRole("button", { name: "Set up my shop" })).toBeNull();
      fireEvent.click(screen.getByRole("button", { name: "Try again" }));
      await waitFor(() => expect(screen.getByRole("button", { name: "Try again" }).hasAttribute("disabled")).toBe(false));
      expect(screen.getByRole("alert").textContent).toBe(shop.problem!.message);
      expect(screen.getByRole("button", { name: "Explore the demo shop" })).toBeTruthy();
    });
  }
});
