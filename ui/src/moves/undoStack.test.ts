import { afterEach, describe, expect, it } from "vitest";
import { clearUndo, currentUndo, recordUndo, subscribeUndo } from "./undoStack";

afterEach(() => clearUndo());

describe("undo slot", () => {
  it("starts empty and holds the last recorded move", () => {
    expect(currentUndo()).toBeNull();
    recordUndo({ itemId: 1, label: "Approve" });
    recordUndo({ itemId: 2, label: "Mark prepared" });
    expect(currentUndo()).toEqual({ itemId: 2, label: "Mark prepared" });
  });

  it("notifies subscribers on record and clear, until they unsubscribe", () => {
    const seen: unknown[] = [];
    const stop = subscribeUndo((s) => seen.push(s));
    recordUndo({ itemId: 3, label: "Put on hold" });
    clearUndo();
    clearUndo(); // already empty: no second notice
    stop();
    recordUndo({ itemId: 4, label: "Dispatch" });
    expect(seen).toEqual([{ itemId: 3, label: "Put on hold" }, null]);
  });
});
