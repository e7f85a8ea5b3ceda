import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AppError, LineFit, ReferenceData, SubmitResult } from "../bindings";
import { rust, rustOutcome } from "../test/rust";
import { NewOrderDialog } from "./NewOrderDialog";

const reference: ReferenceData = {
  // The demo shop's laptop, monitor and support package, as Rust offers them (required specs with the catalog's values).
  services: rust.reference.services.filter((s) => [1, 4, 12].includes(s.id)),
  customers: [
    {
      id: 1,
      name: "Acme Consulting GmbH",
      recipients: [
        { id: 2, name: "Jonas Becker" },
        { id: 1, name: "Lena Fischer" },
      ],
      addresses: [
        {
          id: 1,
          line1: "Mariahilfer Straße 45",
          postalCode: "1060",
          city: "Vienna",
          countryCode: "AT",
          addition: "",
          label: "Mariahilfer Straße 45, 1060 Vienna, AT",
        },
        {
          id: 7,
          line1: "Wiener Straße 12",
          postalCode: "4020",
          city: "Linz",
          countryCode: "AT",
          addition: "Loading dock B",
          label: "Wiener Straße 12, 4020 Linz, AT",
        },
      ],
    },
    {
      id: 5,
      name: "Sunny Dental Clinic",
      recipients: [{ id: 9, name: "Clara Neumann" }],
      addresses: [
        {
          id: 9,
          line1: "Linzer Gasse 8",
          postalCode: "5020",
          city: "Salzburg",
          countryCode: "AT",
          addition: "",
          label: "Linzer Gasse 8, 5020 Salzburg, AT",
        },
      ],
    },
  ],
  resources: [],
  currency: "EUR",
};

const submitted: SubmitResult = {
  orderId: 61,
  number: "EF-001061",
  items: [
    rustOutcome({ itemId: 301, status: "ready", version: 4, onHold: false, reason: "Single-item order: nothing to consolidate, queued for delivery" }),
    rustOutcome({ itemId: 302, status: "awaiting_approval", version: 2, onHold: false, reason: "High line value: line value 2190 > 2000" }),
    rustOutcome({ itemId: 303, status: "preparing", version: 3, onHold: false, reason: "Device management needs no stock" }),
  ],
  placed: [
    { itemId: 301, position: 1, serviceName: "Monitor", addedFor: null, statusLabel: "Ready for delivery" },
    { itemId: 302, position: 2, serviceName: "Business laptop", addedFor: null, statusLabel: "Awaiting approval" },
    { itemId: 303, position: 3, serviceName: "Device management", addedFor: 2, statusLabel: "Preparing" },
  ],
};

/** A fit Rust answered for the laptop (service 1) with these specs; for anything else, one that says nothing. */
function lineFit({ serviceId, specs }: { serviceId: number; specs: Record<string, string> }): LineFit {
  const asked = JSON.stringify(Object.entries(specs).sort());
  const answers: [Record<string, string>, LineFit][] = [
    [{}, rust.lineFit.laptopBlank],
    [{ ram: "16GB" }, rust.lineFit.laptopRam16],
    [{ ram: "16GB", cpu: "m3" }, rust.lineFit.laptopRam16M3],
    [{ ram: "64GB", cpu: "i9" }, rust.lineFit.laptopNone],
  ];
  const known = serviceId === 1 && answers.find(([s]) => JSON.stringify(Object.entries(s).sort()) === asked);
  return known ? known[1] : { fitting: 0, summary: null, missing: [], products: [] };
}

type Server = { calls: { cmd: string; args: Record<string, unknown> }[]; answer: () => SubmitResult | AppError };

function serve(answer: Server["answer"] = () => submitted): Server {
  const s: Server = { calls: [], answer };
  mockIPC((cmd, payload) => {
    const args = (payload ?? {}) as Record<string, unknown>;
    if (cmd === "reference_get") return reference;
    if (cmd === "order_line_fit") return lineFit(args as { serviceId: number; specs: Record<string, string> });
    s.calls.push({ cmd, args });
    if (cmd === "order_submit") {
      const a = s.answer();
      return "code" in a ? Promise.reject(a) : a;
    }
    throw new Error(`unexpected ${cmd}`);
  });
  return s;
}

async function open(onClose = vi.fn()) {
  render(<NewOrderDialog onClose={onClose} />);
  const dialog = await screen.findByRole("dialog", { name: "New order" });
  await within(dialog).findByLabelText("Customer");
  return { dialog: within(dialog), el: dialog, onClose };
}

function choose(label: HTMLElement, value: string) {
  fireEvent.change(label, { target: { value } });
}

function type(el: HTMLElement, value: string) {
  fireEvent.change(el, { target: { value } });
}

/** The field of a required spec on line `n`. */
function spec(el: HTMLElement, n: number, key: string) {
  return line(el, n).getByRole("combobox", { name: key });
}

function line(el: HTMLElement, n: number) {
  return within(within(el).getByRole("listitem", { name: `Line ${n}` }));
}

/** Customer Acme, recipient Lena, one monitor of size 27. */
function fillOneMonitor(el: HTMLElement) {
  const d = within(el);
  choose(d.getByLabelText("Customer"), "1");
  choose(d.getByLabelText("Recipient"), "1");
  const first = line(el, 1);
  choose(first.getByLabelText("Service"), "4");
  type(spec(el, 1, "size"), "27");
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-25T12:00:00"));
});

afterEach(() => {
  vi.useRealTimers();
});

describe("new order form", () => {
  it("offers the catalog, the customer's recipients and addresses; choosing a customer fills its first address", async () => {
    serve();
    const { dialog, el } = await open();
    expect(document.activeElement).toBe(dialog.getByLabelText("Customer"));
    expect((dialog.getByLabelText("Recipient") as HTMLSelectElement).disabled).toBe(true);

    choose(dialog.getByLabelText("Customer"), "5");
    // The only recipient is chosen for you; the address on file fills in.
    expect((dialog.getByLabelText("Recipient") as HTMLSelectElement).value).toBe("9");
    expect((dialog.getByLabelText("City") as HTMLInputElement).value).toBe("Salzburg");
    expect((dialog.getByLabelText("Street and number") as HTMLInputElement).value).toBe("Linzer Gasse 8");

    // Another customer: its first address; the second is one choice away, and its delivery notes come with it.
    choose(dialog.getByLabelText("Customer"), "1");
    const deliverTo = dialog.getByLabelText("Deliver to") as HTMLSelectElement;
    expect([...deliverTo.options].map((o) => o.textContent)).toEqual([
      "Mariahilfer Straße 45, 1060 Vienna, AT",
      "Wiener Straße 12, 4020 Linz, AT",
      "Another address (type it below)",
    ]);
    expect((dialog.getByLabelText("City") as HTMLInputElement).value).toBe("Vienna");
    choose(deliverTo, "7");
    expect((dialog.getByLabelText("City") as HTMLInputElement).value).toBe("Linz");
    expect((dialog.getByLabelText(/Delivery notes/) as HTMLInputElement).value).toBe("Loading dock B");
    // Typing a street makes it another address, which choosing a customer keeps.
    type(dialog.getByLabelText("Street and number"), "Hauptplatz 1");
    expect(deliverTo.value).toBe("");
    choose(dialog.getByLabelText("Customer"), "5");
    expect((dialog.getByLabelText("Street and number") as HTMLInputElement).value).toBe("Hauptplatz 1");
    choose(dialog.getByLabelText("Deliver to"), "9");
    expect((dialog.getByLabelText("City") as HTMLInputElement).value).toBe("Salzburg");

    const service = line(el, 1).getByLabelText("Service");
    const groups = [...service.querySelectorAll("optgroup")].map((g) => g.getAttribute("label"));
    expect(groups).toEqual(["Hardware", "Support"]);
    choose(service, "12");
    line(el, 1).getByText(/needing approval/);
  });

  it("a valid order submits exactly what was typed and shows where each item went", async () => {
    const server = serve();
    const { dialog, el } = await open();
    fillOneMonitor(el);
    fireEvent.click(dialog.getByRole("button", { name: /Add line/ }));
    const second = line(el, 2);
    choose(second.getByLabelText("Service"), "1");
    type(second.getByLabelText("Quantity"), "2");
    type(spec(el, 2, "ram"), ">=32");
    type(spec(el, 2, "cpu"), "ultra7");
    fireEvent.click(second.getByRole("button", { name: /^Add another spec$/ }));
    type(second.getByLabelText("Line 2 spec 1 name"), "screen");
    type(second.getByLabelText("Line 2 spec 1 value (screen)"), "14");
    // As a person types a date in the desk's order (en-GB in tests): click the field, type the digits.
    const until = dialog.getByRole("group", { name: "Until" });
    const user = userEvent.setup();
    await user.click(within(until).getAllByRole("spinbutton")[0]!);
    await user.keyboard("04122026");
    type(dialog.getByLabelText(/Delivery notes/), "Reception, 3rd floor");
    type(dialog.getByLabelText(/Note for the team/), "Urgent");

    fireEvent.click(dialog.getByRole("button", { name: "Submit order" }));
    await screen.findByRole("dialog", { name: "Order EF-001061 submitted" });

    const address = {
      line1: "Mariahilfer Straße 45",
      postalCode: "1060",
      city: "Vienna",
      countryCode: "AT",
      addition: "Reception, 3rd floor",
    };
    expect(server.calls).toEqual([
      {
        cmd: "order_submit",
        args: {
          input: {
            customerId: 1,
            recipientId: 1,
            note: "Urgent",
            items: [
              {
                serviceId: 4,
                transactionType: "order",
                quantity: 1,
                specs: { size: "27" },
                windowStart: "2026-11-25",
                windowEnd: "2026-12-04",
                address,
              },
              {
                serviceId: 1,
                transactionType: "order",
                quantity: 2,
                specs: { ram: ">=32", cpu: "ultra7", screen: "14" },
                windowStart: "2026-11-25",
                windowEnd: "2026-12-04",
                address,
              },
            ],
          },
        },
      },
    ]);

    const list = screen.getByRole("list", { name: "Where each item went" });
    const rows = within(list).getAllByRole("listitem").map((li) => li.textContent);
    expect(rows).toEqual([
      "Item 1Monitor→Ready for deliverySingle-item order: nothing to consolidate, queued for delivery",
      "Item 2Business laptop→Awaiting approvalHigh line value: line value 2190 > 2000",
      "Item 3Device management · added with item 2→PreparingDevice management needs no stock",
    ]);
    expect(screen.getByRole("status").textContent).toContain("EF-001061 for Acme Consulting GmbH: 3 items");
  });

  it("New order starts afresh; Close closes", async () => {
    serve();
    const { el, onClose } = await open();
    fillOneMonitor(el);
    fireEvent.click(within(el).getByRole("button", { name: "Submit order" }));
    const done = await screen.findByRole("dialog", { name: "Order EF-001061 submitted" });

    fireEvent.click(within(done).getByRole("button", { name: "New order" }));
    const fresh = await screen.findByRole("dialog", { name: "New order" });
    expect((within(fresh).getByLabelText("Customer") as HTMLSelectElement).value).toBe("");
    expect(within(fresh).getAllByRole("listitem", { name: /^Line/ })).toHaveLength(1);
    expect(document.activeElement).toBe(within(fresh).getByLabelText("Customer"));

    fillOneMonitor(fresh);
    fireEvent.click(within(fresh).getByRole("button", { name: "Submit order" }));
    const again = await screen.findByRole("dialog", { name: "Order EF-001061 submitted" });
    fireEvent.click(within(again).getByRole("button", { name: "Close" }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it("Rust's field error shows beside that line's field, takes focus, and nothing typed is lost", async () => {
    const server = serve(() => ({ code: "validation", message: "must be 1–1000, got 0", field: "items[1].quantity" }));
    const { dialog, el } = await open();
    fillOneMonitor(el);
    fireEvent.click(dialog.getByRole("button", { name: /Add line/ }));
    choose(line(el, 2).getByLabelText("Service"), "4");
    type(line(el, 2).getByLabelText("Quantity"), "0");

    fireEvent.click(dialog.getByRole("button", { name: "Submit order" }));
    const alert = await line(el, 2).findByRole("alert");
    expect(alert.textContent).toBe("must be 1–1000, got 0");

    const qty = line(el, 2).getByLabelText("Quantity") as HTMLInputElement;
    expect(qty.getAttribute("aria-invalid")).toBe("true");
    expect(qty.getAttribute("aria-describedby")).toBe(alert.id);
    await waitFor(() => expect(document.activeElement).toBe(qty));
    expect(line(el, 1).queryByRole("alert")).toBeNull();

    // Everything typed is still there.
    expect((dialog.getByLabelText("Customer") as HTMLSelectElement).value).toBe("1");
    expect((dialog.getByLabelText("Recipient") as HTMLSelectElement).value).toBe("1");
    expect((line(el, 1).getByLabelText("Service") as HTMLSelectElement).value).toBe("4");
    expect((spec(el, 1, "size") as HTMLInputElement).value).toBe("27");
    expect((line(el, 2).getByLabelText("Service") as HTMLSelectElement).value).toBe("4");
    expect(qty.value).toBe("0");

    // Fixing the field answers the error; the next submit sends the fix.
    type(qty, "3");
    expect(line(el, 2).queryByRole("alert")).toBeNull();
    server.answer = () => submitted;
    fireEvent.click(dialog.getByRole("button", { name: "Submit order" }));
    await screen.findByRole("dialog", { name: "Order EF-001061 submitted" });
    const last = server.calls.at(-1)!.args.input as { items: { quantity: number }[] };
    expect(last.items.map((i) => i.quantity)).toEqual([1, 3]);
  });

  it("a spec error lands on that spec row; a customer error on the customer", async () => {
    const server = serve(() => ({ code: "validation", message: '">=" needs a number, got ">=big"', field: "items[0].specs.size" }));
    const { dialog, el } = await open();
    fillOneMonitor(el);
    type(spec(el, 1, "size"), ">=big");
    fireEvent.click(dialog.getByRole("button", { name: "Submit order" }));
    const value = spec(el, 1, "size");
    // The value box still has focus from typing: wait for Rust's answer, not for focus.
    await waitFor(() => expect(value.getAttribute("aria-invalid")).toBe("true"));
    expect(document.activeElement).toBe(value);
    expect(line(el, 1).getByRole("alert").textContent).toContain("needs a number");

    server.answer = () => ({ code: "validation", message: "choose a customer", field: "customerId" });
    choose(dialog.getByLabelText("Customer"), "");
    fireEvent.click(dialog.getByRole("button", { name: "Submit order" }));
    await waitFor(() => expect(document.activeElement).toBe(dialog.getByLabelText("Customer")));
    expect(dialog.getByText("choose a customer").closest("[data-error-for]")?.getAttribute("data-error-for")).toBe("customer");
  });

  it("an error without a field shows above the buttons", async () => {
    serve(() => ({ code: "internal", message: "database is locked", field: null }));
    const { dialog, el } = await open();
    fillOneMonitor(el);
    fireEvent.click(dialog.getByRole("button", { name: "Submit order" }));
    const alert = (await dialog.findByText("database is locked")).closest("[role=alert]");
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });

  it("adds and removes lines; the last line cannot be removed", async () => {
    serve();
    const { dialog, el } = await open();
    const lines = () => dialog.getAllByRole("listitem", { name: /^Line/ });
    expect(lines()).toHaveLength(1);
    expect((dialog.getByRole("button", { name: "Remove line 1" }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(dialog.getByRole("button", { name: /Add line/ }));
    fireEvent.click(dialog.getByRole("button", { name: /Add line/ }));
    expect(lines()).toHaveLength(3);
    expect(document.activeElement).toBe(line(el, 3).getByLabelText("Service"));
    choose(line(el, 1).getByLabelText("Service"), "4");
    choose(line(el, 2).getByLabelText("Service"), "1");
    choose(line(el, 3).getByLabelText("Service"), "12");
    dialog.getByText("3 lines");

    fireEvent.click(dialog.getByRole("button", { name: "Remove line 2" }));
    expect(lines()).toHaveLength(2);
    expect((line(el, 1).getByLabelText("Service") as HTMLSelectElement).value).toBe("4");
    expect((line(el, 2).getByLabelText("Service") as HTMLSelectElement).value).toBe("12");
    expect(document.activeElement).toBe(line(el, 2).getByLabelText("Service"));

    // Specs come and go too.
    const second = line(el, 2);
    fireEvent.click(second.getByRole("button", { name: /^Add spec$/ }));
    fireEvent.click(second.getByRole("button", { name: /^Add spec$/ }));
    expect(second.getAllByLabelText(/Line 2 spec \d name/)).toHaveLength(2);
    fireEvent.click(second.getByRole("button", { name: "Remove line 2 spec 1" }));
    expect(second.getAllByLabelText(/Line 2 spec \d name/)).toHaveLength(1);
  });

  it("Escape closes an untouched form at once, and asks before discarding typed input", async () => {
    serve();
    const first = await open();
    fireEvent.keyDown(first.el, { key: "Escape" });
    expect(first.onClose).toHaveBeenCalledTimes(1);
  });

  it("Escape with typed input asks first; Keep editing keeps it, Discard closes", async () => {
    serve();
    const { dialog, el, onClose } = await open();
    choose(dialog.getByLabelText("Customer"), "1");
    fireEvent.keyDown(el, { key: "Escape" });
    expect(onClose).not.toHaveBeenCalled();
    const ask = dialog.getByRole("alertdialog", { name: "Discard this order?" });
    fireEvent.click(within(ask).getByRole("button", { name: "Keep editing" }));
    expect(dialog.queryByRole("alertdialog")).toBeNull();
    expect((dialog.getByLabelText("Customer") as HTMLSelectElement).value).toBe("1");

    fireEvent.keyDown(el, { key: "Escape" });
    fireEvent.click(dialog.getByRole("button", { name: "Discard" }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it("Ctrl+Enter submits; a plain Enter in a box does not", async () => {
    const server = serve();
    const { el } = await open();
    fillOneMonitor(el);
    const value = spec(el, 1, "size");
    fireEvent.keyDown(line(el, 1).getByLabelText("Quantity"), { key: "Enter" });
    expect(server.calls).toEqual([]);
    fireEvent.keyDown(value, { key: "Enter", ctrlKey: true });
    await screen.findByRole("dialog", { name: "Order EF-001061 submitted" });
    expect(server.calls).toHaveLength(1);
  });

  describe("a service's required specs", () => {
    /** Customer Acme, recipient Lena, line 1 a business laptop. */
    async function laptopOrder() {
      const server = serve();
      const opened = await open();
      choose(opened.dialog.getByLabelText("Customer"), "1");
      choose(opened.dialog.getByLabelText("Recipient"), "1");
      choose(line(opened.el, 1).getByLabelText("Service"), "1");
      return { server, ...opened };
    }

    it("are fields of their own, marked required, offering the catalog's values; Rust counts what fits", async () => {
      const { el } = await laptopOrder();
      const ram = spec(el, 1, "ram");
      expect(ram.getAttribute("aria-required")).toBe("true");
      expect(spec(el, 1, "cpu").getAttribute("aria-required")).toBe("true");
      expect(line(el, 1).getAllByText("required")).toHaveLength(2);
      await line(el, 1).findByText("10 products fit so far");

      // From the keyboard: arrow down opens the catalog's values, Enter picks one.
      const user = userEvent.setup();
      await user.click(ram);
      await user.keyboard("{ArrowDown}");
      const options = await screen.findAllByRole("option");
      expect(options.map((o) => o.textContent)).toEqual(["16GB", "32GB", "48GB", "64GB"]);
      await user.keyboard("{Enter}");
      expect((ram as HTMLInputElement).value).toBe("16GB");
      await line(el, 1).findByText("5 products fit so far");

      // The fitting products with their prices, in the shop's currency as the desk writes money.
      const products = line(el, 1).getByRole("list", { name: "Products that fit line 1" });
      const rows = within(products).getAllByRole("listitem").map((li) => li.textContent);
      expect(rows).toEqual([
        "Apple MacBook Air 13 M3€1,490.00",
        "Dell Latitude 5450€1,190.00",
        "HP EliteBook 840 G11€1,490.00",
        "Lenovo ThinkPad T14 Gen 5 (16 GB)€1,390.00",
        "and 1 more",
      ]);

      await user.type(spec(el, 1, "cpu"), "m3");
      await line(el, 1).findByText("1 product fits: it is picked for you");
    });

    it("say when nothing fits", async () => {
      const { el } = await laptopOrder();
      type(spec(el, 1, "ram"), "64GB");
      type(spec(el, 1, "cpu"), "i9");
      await line(el, 1).findByText("No product fits 64GB + i9");
      expect(line(el, 1).queryByRole("list", { name: "Products that fit line 1" })).toBeNull();
    });

    it("submitting with one missing says so beside the line first; Send anyway sends it", async () => {
      const { server, dialog, el } = await laptopOrder();
      type(spec(el, 1, "ram"), "16GB");
      await line(el, 1).findByText("5 products fit so far");

      fireEvent.click(dialog.getByRole("button", { name: "Submit order" }));
      const warning = await line(el, 1).findByRole("alert");
      expect(warning.textContent).toContain("Not given: cpu.");
      expect(server.calls).toEqual([]);
      await waitFor(() => expect(document.activeElement).toBe(spec(el, 1, "cpu")));

      fireEvent.click(dialog.getByRole("button", { name: "Send anyway" }));
      await screen.findByRole("dialog", { name: "Order EF-001061 submitted" });
      const sent = server.calls[0]!.args.input as { items: { specs: Record<string, string> }[] };
      expect(sent.items[0]!.specs).toEqual({ ram: "16GB" });
    });

    it("a value chosen for the missing spec takes the warning away", async () => {
      const { dialog, el } = await laptopOrder();
      type(spec(el, 1, "ram"), "16GB");
      await line(el, 1).findByText("5 products fit so far");
      fireEvent.click(dialog.getByRole("button", { name: "Submit order" }));
      await line(el, 1).findByRole("alert");

      type(spec(el, 1, "cpu"), "m3");
      await line(el, 1).findByText("1 product fits: it is picked for you");
      expect(line(el, 1).queryByRole("alert")).toBeNull();
      // (While the value list is open, react-aria hides the rest of the form from screen readers.)
      expect(el.querySelector('[data-action="submit-order"]')?.textContent).toBe("Submit order");
    });
  });
});
