// The Customers screen on Rust's own answers (rust-fixtures.json): the demo
// shop's customers, the first one's people, addresses and orders, and Rust's
// refusal of an email that is not one.

import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { AppError, CustomerDetail } from "../bindings";
import { rust } from "../test/rust";
import { CustomersScreen } from "./CustomersScreen";

const acme = rust.customers.detail;

type Server = { calls: { cmd: string; args: Record<string, unknown> }[]; refuse: AppError | null; answer: CustomerDetail };

function serve(overrides: Partial<Server> = {}): Server {
  const s: Server = { calls: [], refuse: null, answer: acme, ...overrides };
  mockIPC(
    (cmd, raw) => {
      const args = (raw ?? {}) as Record<string, unknown>;
      s.calls.push({ cmd, args });
      switch (cmd) {
        case "customers_list":
          return rust.customers.list;
        case "customer_get":
          return acme;
        case "customer_create":
        case "customer_update":
        case "customer_add_person":
        case "customer_update_person":
        case "customer_add_address":
        case "customer_update_address":
        case "customer_archive":
          if (s.refuse) return Promise.reject(s.refuse);
          return s.answer;
        default:
          return null;
      }
    },
    { shouldMockEvents: true },
  );
  return s;
}

const calls = (s: Server, cmd: string) => s.calls.filter((c) => c.cmd === cmd);
const input = (name: string, root: ParentNode = document) => root.querySelector(`[name="${name}"]`) as HTMLInputElement;

/** The customer's card, once it shows. */
function cardOf(id: number): Promise<HTMLElement> {
  return waitFor(() => {
    const card = document.querySelector<HTMLElement>(`article[data-customer-id="${id}"]`);
    expect(card).not.toBeNull();
    return card!;
  });
}

async function openAcme() {
  fireEvent.click(await screen.findByRole("button", { name: acme.name }));
  return cardOf(acme.id);
}

describe("customers screen", () => {
  it("lists Rust's customers with number, city and counts, and the search narrows them", async () => {
    serve();
    render(<CustomersScreen />);
    const first = rust.customers.list[0]!;
    const row = (await screen.findByRole("button", { name: first.name })).closest("tr")!;
    expect(row.textContent).toContain(first.number);
    expect(row.textContent).toContain(first.city);
    expect(row.textContent).toContain(String(first.orders));
    expect(document.querySelectorAll("tr[data-customer-id]")).toHaveLength(rust.customers.list.length);

    const search = screen.getByRole("searchbox", { name: "Search" });
    fireEvent.change(search, { target: { value: first.city.toUpperCase() } });
    const shown = [...document.querySelectorAll("tr[data-customer-id]")].map((r) => Number(r.getAttribute("data-customer-id")));
    expect(shown).toEqual(rust.customers.list.filter((c) => c.city === first.city).map((c) => c.id));
    fireEvent.change(search, { target: { value: "no such shop" } });
    expect(screen.getByRole("status").textContent).toContain("No customer matches “no such shop”");
  });

  it("shows a customer's people, addresses and orders as Rust sent them", async () => {
    serve();
    render(<CustomersScreen />);
    const card = await openAcme();
    for (const p of acme.people) {
      const row = card.querySelector(`[data-person-id="${p.id}"]`)!;
      expect(row.textContent).toContain(p.name);
      expect(row.textContent).toContain(p.email);
    }
    within(card).getByText(`${acme.addresses[0]!.line1}, ${acme.addresses[0]!.postalCode} ${acme.addresses[0]!.city}, AT`);
    const order = acme.orders[0]!;
    const row = card.querySelector(`tr[data-order-id="${order.id}"]`)!;
    expect(row.textContent).toContain(order.number);
    expect(row.textContent).toContain(order.statusLabel);
    expect(row.textContent).toContain(order.recipient);
    expect(card.querySelectorAll("tr[data-order-id]")).toHaveLength(acme.orders.length);
  });

  it("puts Rust's refusal of a bad email beside the email field, and keeps what was typed", async () => {
    const s = serve({ refuse: rust.customers.badEmail });
    render(<CustomersScreen />);
    const card = await openAcme();
    fireEvent.click(within(card).getByRole("button", { name: "Add person" }));
    const dialog = await screen.findByRole("dialog", { name: `Add a person to ${acme.name}` });
    expect(document.activeElement).toBe(input("name", dialog));
    fireEvent.change(input("name", dialog), { target: { value: "Ida Berg" } });
    fireEvent.change(input("email", dialog), { target: { value: "ida.example.com" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Add person" }));
    await waitFor(() => expect(input("email", dialog).getAttribute("aria-invalid")).toBe("true"));
    const label = input("email", dialog).closest("label")!;
    expect(within(label).getByRole("alert").textContent).toBe(rust.customers.badEmail.message);
    expect(input("email", dialog).value).toBe("ida.example.com");
    expect(calls(s, "customer_add_person")[0]!.args).toEqual({
      customerId: acme.id,
      input: { name: "Ida Berg", email: "ida.example.com", phone: "" },
    });
  });

  it("creates a customer from what was typed and shows it", async () => {
    const s = serve();
    render(<CustomersScreen />);
    await screen.findByRole("button", { name: acme.name });
    fireEvent.click(screen.getByRole("button", { name: "New customer" }));
    fireEvent.change(input("number"), { target: { value: "N-100" } });
    fireEvent.change(input("name"), { target: { value: "Nordlicht KG" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "Flagged" }));
    fireEvent.click(screen.getByRole("button", { name: "Create customer" }));
    await waitFor(() => expect(calls(s, "customer_create")).toHaveLength(1));
    expect(calls(s, "customer_create")[0]!.args.input).toEqual({ number: "N-100", name: "Nordlicht KG", isNew: true, flagged: true });
    // Rust's answer is the customer as it now is: the screen shows it.
    await cardOf(acme.id);
  });

  it("archives a person with the version it shows, and offers the board filtered to the customer", async () => {
    const s = serve();
    const onShowOnBoard = vi.fn();
    render(<CustomersScreen onShowOnBoard={onShowOnBoard} />);
    const card = await openAcme();
    const p = acme.people[0]!;
    fireEvent.click(within(card).getByRole("button", { name: `Archive ${p.name}` }));
    await waitFor(() => expect(calls(s, "customer_archive")).toHaveLength(1));
    expect(calls(s, "customer_archive")[0]!.args).toEqual({ part: "person", id: p.id, version: p.version, archived: true });
    fireEvent.click(within(card).getByRole("button", { name: "Show on the board" }));
    expect(onShowOnBoard).toHaveBeenCalledWith(acme.name);
  });

  it("is used from the keyboard: Tab to a customer, Enter opens it, Esc closes a dialog", async () => {
    serve();
    render(<CustomersScreen />);
    const user = userEvent.setup();
    const open = await screen.findByRole("button", { name: acme.name });
    open.focus();
    await user.keyboard("{Enter}");
    const card = await cardOf(acme.id);
    const add = within(card).getByRole("button", { name: "Add address" });
    add.focus();
    await user.keyboard("{Enter}");
    await screen.findByRole("dialog");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(document.activeElement).toBe(add);
  });
});
