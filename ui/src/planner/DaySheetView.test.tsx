import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AppError, DaySheet, SavedFile, Stop } from "../bindings";
import { DaySheetView } from "./DaySheetView";

process.env.TZ = "UTC";

const DAY = "2026-12-01";

function stop(overrides: Partial<Stop> = {}): Stop {
  return {
    start: `${DAY}T09:00:00Z`,
    end: `${DAY}T10:00:00Z`,
    orderNumber: "EF-000014",
    customerName: "Acme Consulting GmbH",
    recipientName: "Jonas Becker",
    recipientPhone: "+43 664 208 5190",
    address: "Mariahilfer Straße 45, 1060 Vienna, AT",
    addressAddition: "3rd floor, reception",
    kind: "delivery",
    kindLabel: "Delivery",
    handOver: [{ title: "Dell Latitude 5450", quantity: 2, serials: ["SNLA10001", "SNLA10002"] }],
    bringBack: [],
    deliveryNote: "Call 15 minutes before arrival",
    ...overrides,
  };
}

function sheet(stops: Stop[]): DaySheet {
  return { resourceName: "Dana Weber", resourceKind: "driver", date: DAY, stops };
}

type Call = { cmd: string; args: Record<string, unknown> };

/** Answers day_sheet_get with `data` and day_sheet_pdf with `saved` (an AppError rejects). */
function serve(data: DaySheet, saved: SavedFile | AppError) {
  const calls: Call[] = [];
  mockIPC((cmd, raw) => {
    const args = (raw ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    if (cmd === "day_sheet_get") return data;
    if (cmd === "day_sheet_pdf") return "code" in saved ? Promise.reject(saved) : saved;
    return Promise.reject({ code: "internal", message: `unexpected ${cmd}`, field: null });
  });
  return calls;
}

const savedFile: SavedFile = {
  path: "/home/dana/Downloads/Day sheet Dana Weber Tue 1 Dec 2026.pdf",
  folder: "/home/dana/Downloads",
  fileName: "Day sheet Dana Weber Tue 1 Dec 2026.pdf",
};

async function open() {
  render(<DaySheetView resourceId={3} day={DAY} onClose={() => {}} />);
  const view = await screen.findByRole("dialog", { name: "Day sheet" });
  await waitFor(() => expect(view.querySelectorAll("[data-stop]").length).toBeGreaterThan(0));
  return view;
}

const realPrint = window.print;
afterEach(() => {
  window.print = realPrint;
});

describe("the day sheet", () => {
  it("says at a swap what to hand over and what to bring back, with serials", async () => {
    const swap = stop({
      kind: "delivery_and_collection",
      kindLabel: "Delivery and collection",
      handOver: [{ title: "Apple iPhone 16 128 GB", quantity: 1, serials: ["SNIP20017"] }],
      bringBack: [{ title: "Apple iPhone 15 128 GB", quantity: 1, serials: ["SNIP10003"] }],
    });
    serve(sheet([swap, stop({ orderNumber: "EF-000026" })]), savedFile);
    const view = await open();
    const [first, second] = [...view.querySelectorAll("[data-stop]")];
    expect(first!.textContent).toContain("Delivery and collection");
    const rows = (direction: string) => [...first!.querySelectorAll(`[data-direction="${direction}"] tr`)].map((tr) => tr.textContent);
    expect(rows("hand-over")).toEqual(["Hand overQtySerial numbers", "Apple iPhone 16 128 GB1SNIP20017"]);
    expect(rows("bring-back")).toEqual(["Bring backQtySerial numbers", "Apple iPhone 15 128 GB1SNIP10003"]);
    // A plain delivery has nothing to bring back and no kind to point out.
    expect(second!.querySelector('[data-direction="bring-back"]')).toBeNull();
    expect(second!.textContent).not.toContain("Delivery and collection");
  });

  it("shows the recipient's phone, the address addition and the delivery note, and the kind of resource", async () => {
    serve(sheet([stop(), stop({ orderNumber: "EF-000026", recipientPhone: null, addressAddition: null, deliveryNote: null })]), savedFile);
    const view = await open();
    expect(view.querySelector(".day-sheet__date")!.textContent).toMatch(/^Driver · /);
    const [first, second] = [...view.querySelectorAll("[data-stop]")];
    for (const text of ["Phone +43 664 208 5190", "3rd floor, reception", "Delivery note Call 15 minutes before arrival", "SNLA10001, SNLA10002"]) {
      expect(first!.textContent).toContain(text);
    }
    // A stop without them shows no empty labels.
    expect(second!.textContent).not.toContain("Phone");
    expect(second!.textContent).not.toContain("Delivery note");
  });

  it("saves the sheet as a PDF through Rust and says where", async () => {
    const calls = serve(sheet([stop()]), savedFile);
    const view = await open();
    fireEvent.click(within(view).getByRole("button", { name: "Save as PDF" }));
    const status = await within(view).findByText(savedFile.fileName);
    expect(status.closest("[role=status]")!.textContent).toBe(`Saved ${savedFile.fileName} in ${savedFile.folder}`);
    expect(calls.filter((c) => c.cmd === "day_sheet_pdf")).toEqual([{ cmd: "day_sheet_pdf", args: { resourceId: 3, date: DAY } }]);
  });

  it("says so when the PDF could not be saved", async () => {
    const refusal: AppError = { code: "internal", message: "Could not save the PDF in /home/dana/Downloads: Permission denied.", field: null };
    serve(sheet([stop()]), refusal);
    const view = await open();
    fireEvent.click(within(view).getByRole("button", { name: "Save as PDF" }));
    expect((await within(view).findByRole("alert")).textContent).toContain("Permission denied");
    expect((within(view).getByRole("button", { name: "Save as PDF" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("Print opens the print dialog, and a refused print is said, not swallowed", async () => {
    serve(sheet([stop()]), savedFile);
    const view = await open();
    const print = vi.fn();
    window.print = print;
    fireEvent.click(within(view).getByRole("button", { name: "Print" }));
    expect(print).toHaveBeenCalledOnce();

    // On macOS Tauri answers window.print() with its print command's promise.
    window.print = () => Promise.reject("webview.print not allowed") as unknown as void;
    fireEvent.click(within(view).getByRole("button", { name: "Print" }));
    expect((await within(view).findByRole("alert")).textContent).toContain("webview.print not allowed");
  });
});
