import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { AppError, ProductInput, ServiceInput } from "../bindings";
import { rust } from "../test/rust";
import { CatalogScreen } from "./CatalogScreen";

type Server = {
  calls: { cmd: string; args: Record<string, unknown> }[];
  refuse: AppError | null;
};

/** The demo shop's catalog as Rust drew it; writes answer as Rust would, or with `refuse`. */
function serve(refuse: AppError | null = null): Server {
  const s: Server = { calls: [], refuse };
  mockIPC(
    (cmd, raw) => {
      const args = (raw ?? {}) as Record<string, unknown>;
      s.calls.push({ cmd, args });
      switch (cmd) {
        case "catalog_get":
          return rust.catalog;
        case "catalog_history":
          return [{ at: "2026-11-30T09:15:00Z", actor: "Sam", action: "edited", changes: ["name: Monitor → Monitor 27\""] }];
        case "catalog_service_create":
        case "catalog_product_create":
          return s.refuse ? Promise.reject(s.refuse) : 99;
        case "catalog_service_update":
        case "catalog_product_update":
        case "catalog_service_archive":
        case "catalog_product_archive":
          return s.refuse ? Promise.reject(s.refuse) : (args.version as number) + 1;
        default:
          return null;
      }
    },
    { shouldMockEvents: true },
  );
  return s;
}

const calls = (s: Server, cmd: string) => s.calls.filter((c) => c.cmd === cmd);

function field(name: string): HTMLInputElement {
  return document.querySelector(`[data-editor] [name="${name}"]`) as HTMLInputElement;
}

describe("catalog screen", () => {
  it("lists Rust's services, then its products with their specs and prices", async () => {
    serve();
    render(<CatalogScreen />);
    const laptop = rust.catalog.services.find((s) => s.code === "LAPTOP-BUY")!;
    const row = (await screen.findByText(laptop.name)).closest("tr")!;
    expect(row.textContent).toContain("Hardware · Purchase");
    expect(row.textContent).toContain("laptop");
    expect(row.textContent).toContain(`needs ${laptop.requiredSpecKeys.join(", ")}`);
    expect(document.querySelectorAll("tr[data-service-id]")).toHaveLength(rust.catalog.services.filter((s) => !s.archived).length);

    fireEvent.click(screen.getByRole("tab", { name: "Products" }));
    const product = rust.catalog.products[0]!;
    const prow = document.querySelector(`tr[data-product-id="${product.id}"]`)!;
    expect(prow.textContent).toContain(product.sku);
    for (const [k, v] of Object.entries(product.specs)) expect(prow.textContent).toContain(`${k}=${v}`);
    // Money as the desk writes it (en-GB in tests), from Rust's cents.
    expect(prow.textContent).toContain(`€${(product.unitCents / 100).toLocaleString("en-GB", { minimumFractionDigits: 2 })}`);
    expect(prow.textContent).toContain(String(product.units));
  });

  it("puts Rust's refusal of a duplicate SKU beside the SKU field and keeps what was typed", async () => {
    const refusal = rust.catalogErrors.duplicateSku;
    expect(refusal.field).toBe("sku");
    const s = serve(refusal);
    render(<CatalogScreen />);
    await screen.findAllByRole("tab");
    fireEvent.click(screen.getByRole("tab", { name: "Products" }));
    fireEvent.click(screen.getByRole("button", { name: "New product" }));
    const sku = rust.catalog.products[0]!.sku;
    fireEvent.change(field("sku"), { target: { value: sku } });
    fireEvent.change(field("name"), { target: { value: "Another" } });
    fireEvent.change(field("category"), { target: { value: "laptop" } });
    fireEvent.change(field("unitPrice"), { target: { value: "100" } });
    fireEvent.click(screen.getByRole("button", { name: "Create product" }));
    await waitFor(() => expect(field("sku").getAttribute("aria-invalid")).toBe("true"));
    const alert = within(field("sku").closest("label")!).getByRole("alert");
    expect(alert.textContent).toBe(refusal.message);
    expect(field("name").getAttribute("aria-invalid")).toBeNull();
    expect(field("name").value).toBe("Another");
    expect(calls(s, "catalog_product_create")[0]!.args.input).toEqual({
      sku,
      name: "Another",
      category: "laptop",
      specs: {},
      unitPrice: "100",
    } satisfies ProductInput);
    // Editing the SKU clears its error.
    fireEvent.change(field("sku"), { target: { value: "NEW-1" } });
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("creates a service with what was typed, links and all", async () => {
    const s = serve();
    render(<CatalogScreen />);
    const mdm = rust.catalog.services.find((x) => x.code === "MDM")!;
    await screen.findByText(mdm.name);
    fireEvent.click(screen.getByRole("button", { name: "New service" }));
    fireEvent.change(field("code"), { target: { value: "laptop-lease" } });
    fireEvent.change(field("name"), { target: { value: "Laptop leasing" } });
    fireEvent.change(field("offerType"), { target: { value: "leasing" } });
    fireEvent.change(field("productCategory"), { target: { value: "laptop" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "ram" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Recurring (billed monthly)" }));
    fireEvent.change(field("monthly"), { target: { value: "49,90" } });
    fireEvent.change(field("addLink"), { target: { value: String(mdm.id) } });
    fireEvent.click(within(field("addLink").parentElement!).getByRole("button", { name: "Add" }));
    fireEvent.click(within(document.querySelector(`[data-link="${mdm.id}"]`)!).getByRole("checkbox", { name: "Mandatory" }));
    fireEvent.click(screen.getByRole("button", { name: "Create service" }));
    await waitFor(() => expect(calls(s, "catalog_service_create")).toHaveLength(1));
    expect(calls(s, "catalog_service_create")[0]!.args.input).toEqual({
      code: "laptop-lease",
      name: "Laptop leasing",
      kind: "hardware",
      offerType: "leasing",
      recurring: true,
      requiresApproval: false,
      oneTime: "",
      monthly: "49,90",
      productCategory: "laptop",
      requiredSpecKeys: ["ram"],
      needsTechnician: false,
      prerequisites: [],
      links: [{ serviceId: mdm.id, mandatory: true }],
    } satisfies ServiceInput);
    expect((await screen.findByRole("status")).textContent).toContain("The order form offers it from now on");
  });

  it("archives a service with its version and shows its history", async () => {
    const s = serve();
    render(<CatalogScreen />);
    const support = rust.catalog.services.find((x) => x.code === "SUPPORT-PLUS")!;
    fireEvent.click(await screen.findByText(support.name));
    expect((await screen.findByText("Edited")).closest("li")!.textContent).toContain("name: Monitor → Monitor 27\"");
    fireEvent.click(screen.getByRole("button", { name: "Archive" }));
    await waitFor(() => expect(calls(s, "catalog_service_archive")).toHaveLength(1));
    expect(calls(s, "catalog_service_archive")[0]!.args).toEqual({ id: support.id, version: support.version, archived: true });
  });
});
