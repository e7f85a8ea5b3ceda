import { describe, expect, it } from "vitest";
import { board, card, column } from "../test/fixtures";
import { reuseUnchanged, sameCard } from "./stableBoard";

describe("sameCard", () => {
  it("compares every field", () => {
    const a = card({ itemId: 1 });
    expect(sameCard(a, { ...a })).toBe(true);
    expect(sameCard(a, { ...a, version: 2 })).toBe(false);
    // A sibling moved: same version, new count.
    expect(sameCard(a, { ...a, orderReadyCount: 1 })).toBe(false);
    expect(sameCard(a, { ...a, holdReason: undefined })).toBe(true);
  });
});

describe("reuseUnchanged", () => {
  const a = card({ itemId: 1 });
  const b = card({ itemId: 2 });
  const c = card({ itemId: 3, status: "preparing" });
  const prev = board([column("approval", [a, b]), column("preparation", [c])]);

  it("keeps the earlier objects when nothing changed", () => {
    const next = structuredClone(prev);
    next.generatedAt = "later";
    const out = reuseUnchanged(prev, next);
    expect(out.generatedAt).toBe("later");
    expect(out.columns[0]).toBe(prev.columns[0]);
    expect(out.columns[1]).toBe(prev.columns[1]);
  });

  it("replaces only what changed", () => {
    const next = board([column("approval", [{ ...a }, { ...b, version: 2, onHold: true }]), column("preparation", [{ ...c }])]);
    const out = reuseUnchanged(prev, next);
    const [approval, preparation] = out.columns;
    expect(approval).not.toBe(prev.columns[0]);
    expect(approval?.cards[0]).toBe(a);
    expect(approval?.cards[1]).not.toBe(b);
    expect(approval?.cards[1]?.onHold).toBe(true);
    expect(preparation).toBe(prev.columns[1]);
  });

  it("keeps a moved card's object and redraws both columns", () => {
    const next = board([column("approval", [{ ...b }]), column("preparation", [{ ...c }, { ...a }])]);
    const out = reuseUnchanged(prev, next);
    const [approval, preparation] = out.columns;
    expect(approval?.cards[0]).toBe(b);
    expect(preparation?.cards[0]).toBe(c);
    expect(preparation?.cards[1]).toBe(a);
    expect(preparation).not.toBe(prev.columns[1]);
  });

  it("passes the first board through", () => {
    expect(reuseUnchanged(null, prev)).toBe(prev);
  });
});
