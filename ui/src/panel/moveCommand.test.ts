import { describe, expect, it } from "vitest";
import type { MoveOption } from "../bindings";
import {
  type ItemRefs,
  type PanelApi,
  buttonMoves,
  localToUtc,
  pickProduct,
  productMoves,
  runMove,
  scheduleItem,
  slotMoves,
  splitOff,
} from "./moveCommand";

type Call = { name: string; args: unknown[] };

/** An API that records every call and answers ok (or throws, or refuses). */
function recorder(answer: "ok" | "refuse" | "throw" = "ok") {
  const calls: Call[] = [];
  const api = new Proxy({} as PanelApi, {
    get: (_target, name: string) =>
      (...args: unknown[]) => {
        calls.push({ name, args });
        if (answer === "throw") return Promise.reject(new Error("ipc down"));
        if (answer === "refuse")
          return Promise.resolve({ status: "error", error: { code: "refused", message: "no", field: null } });
        return Promise.resolve({ status: "ok", data: null });
      },
  });
  return { api, calls };
}

const refs: ItemRefs = { itemId: 7, version: 3, orderId: 70, orderVersion: 2 };

function move(action: MoveOption["action"], input: MoveOption["input"]): MoveOption {
  return { action, label: action, targets: [], input, enabled: true, disabledReason: null };
}

describe("runMove", () => {
  it.each([
    ["approve", "itemApprove", [7, 3, "ok by me"]],
    ["reject", "itemReject", [7, 3, "ok by me"]],
    ["release", "itemRelease", [7, 3, "ok by me"]],
    ["override_shortage", "itemOverrideShortage", [7, 3, "ok by me"]],
    ["hold", "itemHold", [7, 3, "ok by me"]],
    ["cancel", "itemCancel", [7, 3, "ok by me"]],
    ["delivery_failed", "itemDeliveryFailed", [7, 3, "ok by me"]],
    ["mark_prepared", "itemMarkPrepared", [7, 3]],
    ["dispatch", "itemDispatch", [7, 3]],
    ["unschedule", "itemUnschedule", [7, 3]],
    ["delivered", "itemDelivered", [7, 3]],
    ["complete_order", "orderComplete", [70, 2]],
  ] as const)("%s calls %s", async (action, name, args) => {
    const { api, calls } = recorder();
    const result = await runMove(api, action, refs, "ok by me");
    expect(result.status).toBe("ok");
    expect(calls).toEqual([{ name, args }]);
  });

  it("passes Rust's refusal through as a value", async () => {
    const { api } = recorder("refuse");
    const result = await runMove(api, "approve", refs, "");
    expect(result).toEqual({ status: "error", error: { code: "refused", message: "no", field: null } });
  });

  it("turns an IPC exception into an error value", async () => {
    const { api } = recorder("throw");
    const result = await runMove(api, "hold", refs, "x");
    expect(result.status === "error" && result.error.message).toBe("ipc down");
  });

  it("cannot complete an order without knowing its version, and calls nothing", async () => {
    const { api, calls } = recorder();
    const result = await runMove(api, "complete_order", { ...refs, orderVersion: null }, "");
    expect(result.status).toBe("error");
    expect(calls).toEqual([]);
  });
});

describe("other intents", () => {
  it("picks a product, splits the item off, schedules a slot", async () => {
    const { api, calls } = recorder();
    await pickProduct(api, refs, 55);
    await splitOff(api, refs);
    await scheduleItem(api, refs, { resourceId: 4, start: "2026-12-01T09:00", end: "2026-12-01T10:30" });
    expect(calls[0]).toEqual({ name: "itemAssign", args: [7, 3, 55] });
    expect(calls[1]).toEqual({ name: "orderSplit", args: [70, [{ itemId: 7, version: 3 }]] });
    expect(calls[2]).toEqual({
      name: "itemSchedule",
      args: [
        {
          itemId: 7,
          expectedVersion: 3,
          resourceId: 4,
          start: localToUtc("2026-12-01T09:00"),
          end: localToUtc("2026-12-01T10:30"),
        },
      ],
    });
  });

  it("does not send a slot form with nothing in it", async () => {
    const { api, calls } = recorder();
    const result = await scheduleItem(api, refs, { resourceId: 4, start: "", end: "" });
    expect(result.status === "error" && result.error.field).toBe("start");
    expect(calls).toEqual([]);
  });

  it("converts datetime-local values to RFC 3339 UTC", () => {
    const local = new Date(2026, 11, 1, 9, 0);
    expect(localToUtc("2026-12-01T09:00")).toBe(local.toISOString().replace(".000Z", "Z"));
    expect(localToUtc("")).toBeNull();
    expect(localToUtc("2026-12-01")).toBeNull();
  });
});

describe("grouping moves by how they are drawn", () => {
  it("keeps Rust's order within each group", () => {
    const moves = [
      move("assign", "product"),
      move("approve", "note"),
      move("schedule", "slot"),
      move("mark_prepared", "none"),
      move("cancel", "reason"),
    ];
    expect(buttonMoves(moves).map((m) => m.action)).toEqual(["approve", "mark_prepared", "cancel"]);
    expect(productMoves(moves).map((m) => m.action)).toEqual(["assign"]);
    expect(slotMoves(moves).map((m) => m.action)).toEqual(["schedule"]);
  });
});
