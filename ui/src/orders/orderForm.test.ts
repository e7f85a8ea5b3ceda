import { describe, expect, it } from "vitest";
import { addDays } from "../format";
import { controlFor, emptyDraft, isDirty, type OrderDraft, toInput } from "./orderForm";

function draft(): OrderDraft {
  const d = emptyDraft("2026-12-01", "2026-12-08");
  return {
    ...d,
    customerId: "1",
    recipientId: "2",
    lines: [
      { id: 10, serviceId: "4", quantity: "1", transactionType: "order", required: {}, specs: [{ id: 11, key: "Size", value: "27" }] },
      {
        id: 20,
        serviceId: "1",
        quantity: " 2 ",
        transactionType: "return",
        // The laptop requires ram and cpu: their own fields, cpu not given yet.
        required: { ram: ">=16", cpu: "" },
        specs: [
          { id: 21, key: "screen", value: "14" },
          { id: 22, key: " ", value: "" },
        ],
      },
    ],
  };
}

describe("order form", () => {
  it("maps Rust's field paths to the form's controls", () => {
    const d = draft();
    const rows: [string | null, string][] = [
      [null, "form"],
      ["customerId", "customer"],
      ["recipientId", "recipient"],
      ["note", "note"],
      ["items", "items"],
      ["items[0].serviceId", "line:10:service"],
      ["items[1].quantity", "line:20:quantity"],
      ["items[1].transactionType", "line:20:type"],
      ["items[1].specs", "line:20:specs"],
      ["items[0].specs.size", "spec:11:value"],
      ["items[1].specs.cpu", "line:20:spec:cpu"],
      ["items[1].specs.os", "line:20:specs"],
      ["items[0].window.start", "windowStart"],
      ["items[1].window.end", "windowEnd"],
      ["items[0].address.countryCode", "address.countryCode"],
      ["items[1].address.addition", "address.addition"],
      ["items[7].quantity", "items"],
      ["somethingElse", "form"],
    ];
    for (const [field, want] of rows) expect(controlFor(field, d), String(field)).toBe(want);
  });

  it("sends one item per line with the order's window and address, skipping blank specs", () => {
    const input = toInput({ ...draft(), address: { line1: "A 1", postalCode: "1", city: "V", countryCode: "at", addition: "" } });
    expect(input.customerId).toBe(1);
    expect(input.recipientId).toBe(2);
    expect(input.items.map((i) => [i.serviceId, i.quantity, i.transactionType, i.specs])).toEqual([
      [4, 1, "order", { Size: "27" }],
      [1, 2, "return", { ram: ">=16", screen: "14" }],
    ]);
    expect(input.items.every((i) => i.windowStart === "2026-12-01" && i.windowEnd === "2026-12-08")).toBe(true);
    expect(input.items[1]!.address.countryCode).toBe("at");
  });

  it("sends blanks as 0 for Rust to name", () => {
    const d = emptyDraft("2026-12-01", "2026-12-08");
    d.lines[0]!.quantity = "";
    const input = toInput(d);
    expect([input.customerId, input.recipientId, input.items[0]!.serviceId, input.items[0]!.quantity]).toEqual([0, 0, 0, 0]);
  });

  it("knows when there is something to lose", () => {
    const pristine = emptyDraft("2026-12-01", "2026-12-08");
    expect(isDirty(pristine, pristine)).toBe(false);
    expect(isDirty({ ...pristine, note: "x" }, pristine)).toBe(true);
    expect(isDirty({ ...pristine, windowEnd: "2026-12-09" }, pristine)).toBe(true);
    const line = { ...pristine.lines[0]!, specs: [{ id: 1, key: "", value: "" }] };
    expect(isDirty({ ...pristine, lines: [line] }, pristine)).toBe(false);
  });

  it("adds calendar days across months", () => {
    expect(addDays("2026-11-28", 7)).toBe("2026-12-05");
  });
});
