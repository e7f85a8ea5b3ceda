import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it } from "vitest";
import type { MoveAction } from "../bindings";
import { runMove } from "./runMove";
import { clearUndo, currentUndo } from "./undoStack";

const subject = { itemId: 7, version: 3, orderId: 42, orderVersion: 5 };

function record() {
  const calls: { cmd: string; args: unknown }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    return { itemId: 7, status: "ready", version: 4, onHold: false, reason: "" };
  });
  return calls;
}

describe("runMove", () => {
  const rows: [MoveAction, string, Record<string, unknown>][] = [
    ["approve", "item_approve", { itemId: 7, version: 3, note: "ok by Sam" }],
    ["reject", "item_reject", { itemId: 7, version: 3, reason: "ok by Sam" }],
    ["release", "item_release", { itemId: 7, version: 3, note: "ok by Sam" }],
    ["override_shortage", "item_override_shortage", { itemId: 7, version: 3, reason: "ok by Sam" }],
    ["mark_prepared", "item_mark_prepared", { itemId: 7, version: 3 }],
    ["unschedule", "item_unschedule", { itemId: 7, version: 3 }],
    ["dispatch", "item_dispatch", { itemId: 7, version: 3 }],
    ["delivered", "item_delivered", { itemId: 7, version: 3 }],
    ["delivery_failed", "item_delivery_failed", { itemId: 7, version: 3, reason: "ok by Sam" }],
    ["complete_order", "order_complete", { orderId: 42, version: 5 }],
    ["hold", "item_hold", { itemId: 7, version: 3, reason: "ok by Sam" }],
    ["cancel", "item_cancel", { itemId: 7, version: 3, reason: "ok by Sam" }],
  ];

  it.each(rows)("%s calls %s with the right arguments", async (action, cmd, args) => {
    const calls = record();
    expect(await runMove(action, subject, "ok by Sam")).toEqual({ ok: true });
    expect(calls).toEqual([{ cmd, args }]);
  });

  it("returns Rust's refusal as a value", async () => {
    const refusal = { code: "illegal_transition", message: "a held item cannot advance", field: null };
    mockIPC(() => Promise.reject(refusal));
    expect(await runMove("mark_prepared", subject)).toEqual({ ok: false, error: refusal });
  });

  it("turns an exception of the IPC layer into an internal error", async () => {
    mockIPC(() => {
      throw new Error("ipc down");
    });
    const result = await runMove("dispatch", subject);
    expect(result).toMatchObject({ ok: false, error: { code: "internal" } });
  });

  it.each(["assign", "schedule"] as const)("%s is not sent: it needs the panel or planner", async (action) => {
    const calls = record();
    const result = await runMove(action, subject);
    expect(result.ok).toBe(false);
    expect(calls).toEqual([]);
  });
});

describe("runMove and the undo slot", () => {
  it("records a move Rust accepted, by its label", async () => {
    clearUndo();
    record();
    await runMove({ action: "mark_prepared", label: "Mark prepared" }, subject);
    expect(currentUndo()).toEqual({ itemId: 7, label: "Mark prepared" });
    clearUndo();
  });

  it("records nothing when Rust refuses", async () => {
    clearUndo();
    mockIPC(() => Promise.reject({ code: "conflict", message: "changed", field: null }));
    await runMove("mark_prepared", subject);
    expect(currentUndo()).toBeNull();
  });
});
