import { describe, expect, it } from "vitest";
import type { TimelineEntry } from "../bindings";
import { localDateTime, specRows, timelineRows, windowLabel } from "./format";

function entry(overrides: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    at: "2026-11-20T09:00:00Z",
    actor: "system",
    kind: "transition",
    from: "new",
    to: "awaiting_approval",
    fromLabel: "New",
    toLabel: "Awaiting approval",
    kindLabel: "Moved",
    decisionPoint: "D1",
    reasons: [],
    override: false,
    note: null,
    ...overrides,
  };
}

describe("timelineRows", () => {
  it("puts the newest entry first and keeps Rust's order reversed for ties", () => {
    const rows = timelineRows([
      entry({ at: "2026-11-20T09:00:00Z", actor: "a" }),
      entry({ at: "2026-11-22T09:00:00Z", actor: "c" }),
      entry({ at: "2026-11-20T09:00:00Z", actor: "b" }),
    ]);
    expect(rows.map((r) => r.actor)).toEqual(["c", "b", "a"]);
  });

  it("names the status change with the words Rust gives", () => {
    const [row] = timelineRows([
      entry({ from: "awaiting_approval", to: "ready", fromLabel: "Awaiting approval", toLabel: "Ready for delivery" }),
    ]);
    expect(row!.change).toBe("Awaiting approval → Ready for delivery");
    expect(row!.kind).toBe("Moved");
    expect(row!.decisionPoint).toBe("D1");
  });

  it("shows the kind for a step that kept the status", () => {
    const [row] = timelineRows([entry({ kind: "hold", kindLabel: "Put on hold", from: "assigned", to: "assigned", reasons: ["Shortage"] })]);
    expect(row!.change).toBeNull();
    expect(row!.kind).toBe("Put on hold");
    expect(row!.reasons).toEqual(["Shortage"]);
  });

  it("carries the override mark and the note, dropping an empty note", () => {
    const [a, b] = timelineRows([
      entry({ at: "2026-11-21T09:00:00Z", override: true, note: "urgent" }),
      entry({ at: "2026-11-20T09:00:00Z", note: "" }),
    ]);
    expect(a!.override).toBe(true);
    expect(a!.note).toBe("urgent");
    expect(b!.note).toBeNull();
  });
});

describe("dates", () => {
  const today = "2026-11-25";
  const plain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, " ");

  it("shows a bare date without a time and a timestamp in the desk's zone", () => {
    expect(localDateTime("2026-12-01", today, "en-GB")).toBe("1 Dec");
    expect(localDateTime("2026-11-25T13:05:00Z", today, "en-GB", "Europe/Vienna")).toBe("25 Nov, 14:05");
    expect(localDateTime("2026-11-25T13:05:00Z", today, "de-AT", "Europe/Vienna")).toBe("25. Nov., 14:05");
    expect(localDateTime("2025-11-25T13:05:00Z", today, "en-GB", "Europe/Vienna")).toBe("25 Nov 2025, 14:05");
    expect(localDateTime("not a date", today, "en-GB")).toBe("not a date");
  });

  it("spans the window, or shows one date when both ends match", () => {
    expect(plain(windowLabel("2026-12-01", "2026-12-05", today, "en-GB"))).toBe("1 – 5 Dec");
    expect(plain(windowLabel("2026-11-28", "2026-12-02", today, "en-GB"))).toBe("28 Nov – 2 Dec");
    expect(windowLabel("2026-12-01", "2026-12-01", today, "en-GB")).toBe("1 Dec");
  });
});

describe("specRows", () => {
  it("sorts specs by key and makes the keys readable", () => {
    expect(specRows({ ram_gb: "16", cpu: "i7" })).toEqual([
      { key: "cpu", label: "Cpu", value: "i7" },
      { key: "ram_gb", label: "Ram gb", value: "16" },
    ]);
  });
});
