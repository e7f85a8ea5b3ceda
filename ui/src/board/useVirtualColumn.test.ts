import { describe, expect, it } from "vitest";
import { pinnedIndexes, rangeWith } from "./useVirtualColumn";

describe("pinnedIndexes", () => {
  it("keeps the cards around the focused one, within the column", () => {
    expect(pinnedIndexes(10, -1, 100, 2)).toEqual([8, 9, 10, 11, 12]);
    expect(pinnedIndexes(0, -1, 100, 2)).toEqual([0, 1, 2]);
    expect(pinnedIndexes(99, -1, 100, 2)).toEqual([97, 98, 99]);
  });

  it("keeps the dragged card", () => {
    expect(pinnedIndexes(-1, 40, 100, 2)).toEqual([40]);
    expect(pinnedIndexes(5, 6, 100, 1)).toEqual([4, 5, 6]);
    expect(pinnedIndexes(-1, -1, 100)).toEqual([]);
  });
});

describe("rangeWith", () => {
  const range = { startIndex: 50, endIndex: 55, overscan: 2, count: 1000 };

  it("is the visible range with its overscan when nothing is pinned", () => {
    expect(rangeWith(range, [])).toEqual([48, 49, 50, 51, 52, 53, 54, 55, 56, 57]);
  });

  it("adds pinned cards outside it, in index (Tab) order", () => {
    expect(rangeWith(range, [3, 4, 900, 50])).toEqual([3, 4, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 900]);
    expect(rangeWith(range, [-1, 1000])).toEqual([48, 49, 50, 51, 52, 53, 54, 55, 56, 57]);
  });
});
