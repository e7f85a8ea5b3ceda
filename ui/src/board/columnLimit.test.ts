import { describe, expect, it } from "vitest";
import { limitCards } from "./columnLimit";

describe("limitCards", () => {
  it("keeps short columns whole", () => {
    expect(limitCards([1, 2, 3], 3, 200)).toEqual({ shown: [1, 2, 3], hidden: 0 });
  });

  it("cuts long columns and counts the rest", () => {
    const cards = Array.from({ length: 5000 }, (_, i) => i);
    const { shown, hidden } = limitCards(cards, 5000, 200);
    expect(shown).toHaveLength(200);
    expect(hidden).toBe(4800);
  });

  it("counts cards Rust did not send", () => {
    expect(limitCards([1, 2], 10, 200)).toEqual({ shown: [1, 2], hidden: 8 });
  });
});
