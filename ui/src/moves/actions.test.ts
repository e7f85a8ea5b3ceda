import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it } from "vitest";
import { type Action, type ActionInput, type ActionSubject, runAction } from "./actions";

const subject: ActionSubject = { itemId: 7, version: 3, orderId: 42, orderVersion: 5 };
const slot = { resourceId: 4, start: "2026-12-01T09:00:00Z", end: "2026-12-01T10:00:00Z" };

function record() {
  const calls: { cmd: string; args: unknown }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    return { itemId: 7, status: "ready", version: 4, onHold: false, reason: "" };
  });
  return calls;
}

describe("runAction", () => {
  // Every action: what the person gave → the command Rust gets, with its arguments.
  const rows: [Action, ActionInput, string, Record<string, unknown>][] = [
    ["approve", { text: "ok by Sam" }, "item_approve", { itemId: 7, version: 3, note: "ok by Sam" }],
    ["reject", { text: "no budget" }, "item_reject", { itemId: 7, version: 3, reason: "no budget" }],
    ["assign", { productId: 55 }, "item_assign", { itemId: 7, version: 3, productId: 55, note: "" }],
    ["release", { text: "" }, "item_release", { itemId: 7, version: 3, note: "" }],
    ["override_shortage", { text: "use the demo unit" }, "item_override_shortage", { itemId: 7, version: 3, reason: "use the demo unit" }],
    ["mark_prepared", {}, "item_mark_prepared", { itemId: 7, version: 3, scans: [] }],
    ["mark_prepared", { scans: ["SN-1"] }, "item_mark_prepared", { itemId: 7, version: 3, scans: ["SN-1"] }],
    [
      "schedule",
      { slot },
      "item_schedule",
      { input: { itemId: 7, expectedVersion: 3, ...slot, overrideReason: null } },
    ],
    [
      "reschedule",
      { slot, overrideReason: "customer asked" },
      "item_reschedule",
      { input: { itemId: 7, expectedVersion: 3, ...slot, overrideReason: "customer asked" } },
    ],
    ["unschedule", {}, "item_unschedule", { itemId: 7, version: 3 }],
    ["dispatch", {}, "item_dispatch", { itemId: 7, version: 3 }],
    ["delivered", {}, "item_delivered", { itemId: 7, version: 3 }],
    ["delivery_failed", { text: "nobody home" }, "item_delivery_failed", { itemId: 7, version: 3, reason: "nobody home" }],
    ["complete_order", {}, "order_complete", { orderId: 42, version: 5 }],
    ["hold", { text: "waiting" }, "item_hold", { itemId: 7, version: 3, reason: "waiting" }],
    ["cancel", { text: "duplicate" }, "item_cancel", { itemId: 7, version: 3, reason: "duplicate" }],
    ["undo", {}, "item_undo", { itemId: 7, version: 3 }],
    ["split_off", {}, "order_split", { orderId: 42, items: [{ itemId: 7, version: 3 }] }],
    ["trip_delivered", {}, "trip_delivered", { itemId: 7, version: 3 }],
    ["trip_failed", { text: "nobody home" }, "trip_failed", { itemId: 7, version: 3, reason: "nobody home" }],
  ];

  it.each(rows)("%s sends %#", async (action, input, cmd, args) => {
    const calls = record();
    expect(await runAction(action, subject, input)).toMatchObject({ ok: true });
    expect(calls).toEqual([{ cmd, args }]);
  });

  it("returns Rust's refusal as the Outcome's error", async () => {
    const refusal = { code: "illegal_transition", message: "a held item cannot advance", field: null };
    mockIPC(() => Promise.reject(refusal));
    expect(await runAction("mark_prepared", subject)).toEqual({ ok: false, error: refusal });
  });

  it("turns an exception of the IPC layer into an internal error", async () => {
    mockIPC(() => {
      throw new Error("ipc down");
    });
    expect(await runAction("dispatch", subject)).toMatchObject({ ok: false, error: { code: "internal" } });
  });

  // What the caller did not give cannot be sent: nothing reaches Rust.
  const incomplete: [Action, ActionSubject, ActionInput][] = [
    ["assign", subject, {}],
    ["schedule", subject, {}],
    ["reschedule", subject, {}],
    ["complete_order", { ...subject, orderVersion: null }, {}],
    ["split_off", { itemId: 7, version: 3 }, {}],
  ];

  it.each(incomplete)("%s without what it needs sends nothing", async (action, s, input) => {
    const calls = record();
    expect(await runAction(action, s, input)).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(calls).toEqual([]);
  });
});
