import { describe, expect, it } from "vitest";
import type { AppError, ItemOutcome } from "../bindings";
import { rustOutcome } from "../test/rust";
import type { ActionApi } from "../moves/actions";
import { bulkSummary, runBulk } from "./bulk";

type Reply = { status: "ok"; data: ItemOutcome } | { status: "error"; error: AppError };

function recorder(refuse: (itemId: number) => AppError | null = () => null) {
  const calls: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const answer = async (cmd: string, itemId: number, version: number, text: string): Promise<Reply> => {
    calls.push(`${cmd}(${itemId}, v${version}, ${JSON.stringify(text)})`);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await Promise.resolve();
    inFlight -= 1;
    const error = refuse(itemId);
    if (error) return { status: "error", error };
    return { status: "ok", data: rustOutcome({ itemId, status: "ready", version: version + 1, onHold: false, reason: "" }) };
  };
  const api = {
    itemApprove: (itemId: number, version: number, note: string) => answer("approve", itemId, version, note),
    itemReject: (itemId: number, version: number, reason: string) => answer("reject", itemId, version, reason),
  } as unknown as ActionApi;
  return { api, calls, maxInFlight: () => maxInFlight };
}

describe("runBulk", () => {
  it("sends one command per item, in order, one at a time", async () => {
    const r = recorder();
    const heard: number[] = [];
    const results = await runBulk(
      "approve",
      [
        { itemId: 1, version: 3 },
        { itemId: 2, version: 5 },
      ],
      "ok by Sam",
      r.api,
      (res) => heard.push(res.itemId),
    );
    expect(r.calls).toEqual(['approve(1, v3, "ok by Sam")', 'approve(2, v5, "ok by Sam")']);
    expect(r.maxInFlight()).toBe(1);
    expect(results).toMatchObject([
      { itemId: 1, ok: true },
      { itemId: 2, ok: true },
    ]);
    expect(heard).toEqual([1, 2]);
  });

  it("keeps going past a refusal and reports it on that item", async () => {
    const refusal: AppError = { code: "conflict", message: "item changed since you loaded it", field: null };
    const r = recorder((id) => (id === 2 ? refusal : null));
    const results = await runBulk("reject", [{ itemId: 1, version: 1 }, { itemId: 2, version: 1 }, { itemId: 3, version: 1 }], "no budget", r.api);
    expect(r.calls).toHaveLength(3);
    expect(results[1]).toEqual({ itemId: 2, ok: false, error: refusal });
    expect(bulkSummary("reject", results)).toBe("2 rejected, 1 refused");
  });

  it("turns a thrown error into that item's refusal", async () => {
    const api = {
      itemApprove: () => Promise.reject(new Error("IPC down")),
      itemReject: () => Promise.reject(new Error("IPC down")),
    } as unknown as ActionApi;
    const [result] = await runBulk("approve", [{ itemId: 9, version: 1 }], "", api);
    expect(result).toEqual({ itemId: 9, ok: false, error: { code: "internal", message: "IPC down", field: null } });
  });
});

describe("bulkSummary", () => {
  it("counts what was done and what was refused", () => {
    const refused = { code: "validation", message: "x", field: null } as const;
    expect(
      bulkSummary("approve", [
        { itemId: 1, ok: true, data: null },
        { itemId: 2, ok: true, data: null },
        { itemId: 3, ok: true, data: null },
        { itemId: 4, ok: false, error: refused },
      ]),
    ).toBe("3 approved, 1 refused");
    expect(bulkSummary("approve", [{ itemId: 1, ok: true, data: null }])).toBe("1 approved");
  });
});
