import { mockIPC } from "@tauri-apps/api/mocks";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { SheetKind } from "../bindings";
import { rust } from "../test/rust";
import { SheetsScreen } from "./SheetsScreen";

// The files behind Rust's fixtures (tests/commands/sheets.rs).
const BAD = "SKU;Name;Category;Specs;Unit price\nNB-900;Notebook 900;laptop;ram=16GB;1.299,00\nNB-901;Notebook 901;laptop;ram 32GB;999\n";
const GOOD = BAD.replace("ram 32GB", "ram=32GB");

type Sent = { cmd: string; kind?: SheetKind; text?: string };

function serve() {
  const sent: Sent[] = [];
  mockIPC((cmd, raw) => {
    const args = (raw ?? {}) as { kind?: SheetKind; bytes?: number[] };
    const bytes = args.bytes ? new Uint8Array(args.bytes) : null;
    const text = bytes ? new TextDecoder().decode(bytes) : undefined;
    sent.push({ cmd, kind: args.kind, text });
    if (cmd === "import_preview") {
      if (bytes?.includes(0xff)) return Promise.reject(rust.sheets.notUtf8);
      if (args.kind === "open_orders") return rust.sheets.ordersPreview;
      return text?.includes("ram 32GB") ? rust.sheets.badPreview : rust.sheets.goodPreview;
    }
    if (cmd === "import_apply") return rust.sheets.applied;
    if (cmd === "import_status") return { running: true, done: 1, total: 2 };
    if (cmd === "export_csv_save") return { path: "/home/desk/Downloads/Products.csv", folder: "/home/desk/Downloads", fileName: "Products.csv" };
    return Promise.reject(new Error(`unexpected ${cmd}`));
  });
  return sent;
}

function file(text: BlobPart, name = "products.csv") {
  return new File([text], name, { type: "text/csv" });
}

describe("import / export screen", () => {
  it("names each bad row's problem and imports nothing while one remains", async () => {
    const sent = serve();
    const user = userEvent.setup();
    render(<SheetsScreen />);
    await user.upload(screen.getByLabelText("CSV file"), file(BAD));
    const problems = await screen.findByRole("table", { name: "Problems" });
    const row = within(problems).getAllByRole("row")[1];
    const problem = rust.sheets.badPreview.problems[0];
    expect(row?.textContent).toBe(`${problem?.row}${problem?.column}${problem?.why}`);
    expect(screen.getByText("1 with problems")).toBeTruthy();
    expect((screen.getByRole("button", { name: /^Import/ }) as HTMLButtonElement).disabled).toBe(true);
    expect(sent.filter((s) => s.cmd === "import_apply")).toHaveLength(0);
    expect(sent[0]).toMatchObject({ cmd: "import_preview", kind: "products", text: BAD });
  });

  it("a good file shows what it adds, and Import writes it", async () => {
    const sent = serve();
    const user = userEvent.setup();
    render(<SheetsScreen />);
    await user.upload(screen.getByLabelText("CSV file"), file(GOOD));
    const rows = await screen.findByRole("table", { name: "Rows to import" });
    expect(within(rows).getAllByRole("row")).toHaveLength(1 + rust.sheets.goodPreview.changes.length);
    expect(screen.getByText(`${rust.sheets.goodPreview.new} new`)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Import 2 rows" }));
    expect(await screen.findByText(rust.sheets.applied.message)).toBeTruthy();
    expect(sent.find((s) => s.cmd === "import_apply")).toMatchObject({ kind: "products", text: GOOD });
  });

  it("the kind chosen goes with the file, and a file Rust cannot read says why", async () => {
    const sent = serve();
    const user = userEvent.setup();
    render(<SheetsScreen />);
    await user.selectOptions(screen.getByLabelText("What the file holds"), "Customers");
    await user.upload(screen.getByLabelText("CSV file"), file(new Uint8Array([0x73, 0x6b, 0x75, 0x0a, 0xff])));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(rust.sheets.notUtf8.message);
    expect(sent[0]?.kind).toBe("customers");
  });

  it("open orders: each line to import with what it holds, and the row Rust refuses", async () => {
    const sent = serve();
    const user = userEvent.setup();
    render(<SheetsScreen />);
    await user.selectOptions(screen.getByLabelText("What the file holds"), "Open orders");
    expect(screen.getByText(/matched on the order's reference and line/)).toBeTruthy();
    await user.upload(screen.getByLabelText("CSV file"), file("order,line\n", "orders.csv"));
    const rows = await screen.findByRole("table", { name: "Rows to import" });
    const first = rust.sheets.ordersPreview.changes[0];
    expect(within(rows).getAllByRole("row")[1]?.textContent).toBe(`${first?.row}${first?.key}New ${first?.changes.join(" · ")}`);
    const problem = rust.sheets.ordersPreview.problems[0];
    const problems = screen.getByRole("table", { name: "Problems" });
    expect(within(problems).getAllByRole("row")[1]?.textContent).toBe(`${problem?.row}${problem?.column}${problem?.why}`);
    expect((screen.getByRole("button", { name: /^Import/ }) as HTMLButtonElement).disabled).toBe(true);
    expect(sent[0]?.kind).toBe("open_orders");
  });

  it("exports each table and says where the file went", async () => {
    serve();
    const user = userEvent.setup();
    render(<SheetsScreen />);
    for (const name of ["Export products", "Export services", "Export stock units", "Export customers", "Export open orders", "Export audit trail"]) {
      expect(screen.getByRole("button", { name })).toBeTruthy();
    }
    await user.click(screen.getByRole("button", { name: "Export products" }));
    expect(await screen.findByText("Saved Products.csv in /home/desk/Downloads")).toBeTruthy();
  });
});
