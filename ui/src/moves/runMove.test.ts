import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it } from "vitest";
import { runMove } from "./runMove";
import { clearUndo, currentUndo } from "./undoStack";

const subject = { itemId: 7, version: 3, orderId: 42, orderVersion: 5 };

describe("runMove and the undo slot", () => {
  it("sends the move with the text typed and records it, by its label, once Rust accepts", async () => {
    clearUndo();
    const calls: { cmd: string; args: unknown }[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      return { itemId: 7, status: "on_hold", version: 4, onHold: true, reason: "" };
    });
    expect(await runMove({ action: "hold", label: "Put on hold" }, subject, { text: "waiting for the customer" })).toMatchObject({ ok: true });
    expect(calls).toEqual([{ cmd: "item_hold", args: { itemId: 7, version: 3, reason: "waiting for the customer" } }]);
    expect(currentUndo()).toEqual({ itemId: 7, label: "Put on hold" });
    clearUndo();
  });

  it("records nothing when Rust refuses", async () => {
    clearUndo();
    mockIPC(() => Promise.reject({ code: "conflict", message: "changed", field: null }));
    expect(await runMove("mark_prepared", subject)).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(currentUndo()).toBeNull();
  });
});
