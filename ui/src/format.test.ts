import { describe, expect, it } from "vitest";
import {
  ageLabel,
  cardSummary,
  daysUntil,
  dueLabel,
  dueState,
  localIsoDate,
  positionLabel,
  readinessLabel,
  transactionTypeLabel,
} from "./format";
import { card } from "./test/fixtures";

const NOW = new Date("2026-11-25T12:00:00Z");

describe("ageLabel", () => {
  it.each([
    ["2026-11-25T11:59:30Z", "now"],
    ["2026-11-25T11:48:00Z", "12m"],
    ["2026-11-25T07:00:00Z", "5h"],
    ["2026-11-24T12:00:01Z", "23h"],
    ["2026-11-22T11:00:00Z", "3d"],
    ["2026-09-01T00:00:00Z", "85d"],
    // clock skew: created "in the future" reads as new, never negative
    ["2026-11-25T12:05:00Z", "now"],
    ["not a date", ""],
  ])("created %s → %s", (createdAt, expected) => {
    expect(ageLabel(createdAt, NOW)).toBe(expected);
  });

  it("accepts RFC3339 offsets", () => {
    expect(ageLabel("2026-11-25T10:00:00+02:00", NOW)).toBe("4h");
  });
});

describe("due dates", () => {
  const today = "2026-11-25";

  it.each([
    ["2026-11-24", "overdue"],
    ["2025-12-31", "overdue"],
    ["2026-11-25", "today"],
    ["2026-11-26", "soon"],
    ["2026-11-27", "soon"],
    ["2026-11-28", "later"],
  ] as const)("due %s is %s", (due, expected) => {
    expect(dueState(due, today)).toBe(expected);
  });

  it("has no state without a due date", () => {
    expect(dueState(null, today)).toBe("none");
  });

  it("counts calendar days across month, year and DST boundaries", () => {
    expect(daysUntil("2026-12-01", "2026-11-30")).toBe(1);
    expect(daysUntil("2027-01-01", "2026-12-31")).toBe(1);
    expect(daysUntil("2026-03-30", "2026-03-28")).toBe(2);
    expect(daysUntil("2026-11-20", today)).toBe(-5);
    expect(daysUntil("garbage", today)).toBeNull();
  });

  it("labels the chip", () => {
    expect(dueLabel("2026-11-22", today, "overdue", "en-GB")).toBe("Overdue 3d · 22 Nov");
    expect(dueLabel("2026-11-25", today, "today", "en-GB")).toBe("Due today");
    expect(dueLabel("2026-11-26", today, "soon", "en-GB")).toBe("Due tomorrow");
    expect(dueLabel("2026-11-30", today, "later", "en-GB")).toBe("Due 30 Nov");
    expect(dueLabel("2026-11-01", today, "none", "en-GB")).toBe("Due 1 Nov");
  });

  it("writes the date in the desk's locale, with the year when it is far from today", () => {
    expect(dueLabel("2026-11-30", today, "later", "de-AT")).toBe("Due 30. Nov.");
    expect(dueLabel("2026-11-30", today, "later", "en-US")).toBe("Due Nov 30");
    expect(dueLabel("2027-01-03", today, "later", "en-GB")).toBe("Due 3 Jan");
    expect(dueLabel("2025-11-20", today, "overdue", "en-GB")).toBe("Overdue 370d · 20 Nov 2025");
  });

  it("takes today in local time", () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
    expect(localIsoDate(new Date(2026, 10, 25, 0, 0))).toBe("2026-11-25");
  });
});

describe("order position", () => {
  it("says which item of how many", () => {
    expect(positionLabel({ position: 2, orderItemCount: 3 })).toBe("item 2 of 3");
    expect(positionLabel({ position: 3, orderItemCount: 2 })).toBe("item 3");
  });

  it("shows readiness for multi-item orders only", () => {
    expect(readinessLabel({ orderItemCount: 3, orderReadyCount: 2, orderDeliveredCount: 0 })).toBe("2 of 3 ready");
    expect(readinessLabel({ orderItemCount: 3, orderReadyCount: 3, orderDeliveredCount: 1 })).toBe("1 of 3 delivered");
    expect(readinessLabel({ orderItemCount: 1, orderReadyCount: 0, orderDeliveredCount: 0 })).toBeNull();
  });
});

describe("transactionTypeLabel", () => {
  it("badges everything but a plain order", () => {
    expect(transactionTypeLabel("order")).toBeNull();
    expect(transactionTypeLabel("return")).toBe("Return");
    expect(transactionTypeLabel("swap")).toBe("Swap");
  });
});

describe("cardSummary", () => {
  it("reads the card aloud in one sentence", () => {
    const summary = cardSummary(
      card({
        orderNumber: "SO-42",
        position: 2,
        orderItemCount: 3,
        orderReadyCount: 1,
        title: "Monitor 27-inch",
        onHold: true,
        holdReason: "Shortage",
        dueDate: "2026-11-20",
        status: "preparing",
        createdAt: "2026-11-22T12:00:00Z",
      }),
      NOW,
      "2026-11-25",
    );
    expect(summary).toContain("Order SO-42, item 2 of 3: Monitor 27-inch");
    expect(summary).toContain("On hold: Shortage");
    expect(summary).toContain("Overdue 5d");
    expect(summary).toContain("order 1 of 3 ready");
    expect(summary).toContain("age 3 days");
  });
});
