import { emit } from "@tauri-apps/api/event";
import { mockIPC } from "@tauri-apps/api/mocks";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { AppError, FieldInfo, Op, RuleHitView, RuleSpec, RuleView } from "../bindings";
import { conditionsText } from "./ruleText";
import { RulesScreen } from "./RulesScreen";

function rule(id: number, version: number, spec: Partial<RuleSpec> = {}): RuleView {
  return {
    id,
    version,
    spec: {
      name: "High line value",
      description: "Lines worth more than 2,000 need approval.",
      enabled: true,
      combinator: "all",
      conditions: [{ field: "item_line_value", op: "gt", value: { type: "number", value: 2000 } }],
      action: "require_approval",
      ...spec,
    },
  };
}

const stored: RuleView[] = [
  rule(1, 4),
  rule(2, 1, {
    name: "New or flagged customer",
    description: "",
    enabled: false,
    combinator: "any",
    conditions: [
      { field: "customer_is_new", op: "eq", value: { type: "bool", value: true } },
      { field: "customer_flagged", op: "eq", value: { type: "bool", value: true } },
    ],
  }),
];

const NUMBER_OPS: Op[] = ["eq", "ne", "gt", "ge", "lt", "le"];
const BOOL_OPS: Op[] = ["eq", "ne"];
const TEXT_OPS: Op[] = ["eq", "ne", "contains"];

/** What Rust's `FieldInfo::all()` answers: Rust's order, labels, value types and operators. */
const fieldList: FieldInfo[] = [
  { field: "item_quantity", label: "quantity", valueType: "number", ops: NUMBER_OPS },
  { field: "item_line_value", label: "line value", valueType: "number", ops: NUMBER_OPS },
  { field: "item_monthly_cost", label: "monthly cost", valueType: "number", ops: NUMBER_OPS },
  { field: "item_transaction_type", label: "transaction type", valueType: "text", ops: TEXT_OPS },
  { field: "item_missing_basic_service", label: "basic service missing", valueType: "bool", ops: BOOL_OPS },
  { field: "item_specs_incomplete", label: "specs incomplete", valueType: "bool", ops: BOOL_OPS },
  { field: "order_item_count", label: "items in order", valueType: "number", ops: NUMBER_OPS },
  { field: "customer_name", label: "customer", valueType: "text", ops: TEXT_OPS },
  { field: "customer_is_new", label: "new customer", valueType: "bool", ops: BOOL_OPS },
  { field: "customer_flagged", label: "flagged customer", valueType: "bool", ops: BOOL_OPS },
  { field: "service_code", label: "service code", valueType: "text", ops: TEXT_OPS },
  { field: "service_kind", label: "service kind", valueType: "text", ops: TEXT_OPS },
  { field: "service_offer_type", label: "offer type", valueType: "text", ops: TEXT_OPS },
  { field: "service_recurring", label: "recurring service", valueType: "bool", ops: BOOL_OPS },
  { field: "service_requires_approval", label: "service requires approval", valueType: "bool", ops: BOOL_OPS },
];

type Server = {
  rules: RuleView[];
  /** Rust's field list, or the IPC failure rule_fields_get meets. */
  fields: FieldInfo[] | Error;
  calls: { cmd: string; args: Record<string, unknown> }[];
  /** Rust's refusal for rule_create / rule_update / rule_preview. */
  refuse: AppError | null;
  hits: RuleHitView[];
};

function serve(overrides: Partial<Server> = {}): Server {
  const s: Server = { rules: stored, fields: fieldList, calls: [], refuse: null, hits: [], ...overrides };
  mockIPC(
    (cmd, raw) => {
      const args = (raw ?? {}) as Record<string, unknown>;
      s.calls.push({ cmd, args });
      switch (cmd) {
        case "rules_list":
          return s.rules;
        case "rule_fields_get":
          if (s.fields instanceof Error) return Promise.reject(s.fields);
          return s.fields;
        case "rule_update": {
          if (s.refuse) return Promise.reject(s.refuse);
          const view = { id: args.id as number, version: (args.version as number) + 1, spec: args.spec as RuleSpec };
          s.rules = s.rules.map((r) => (r.id === view.id ? view : r));
          return view;
        }
        case "rule_create": {
          if (s.refuse) return Promise.reject(s.refuse);
          const view = { id: 99, version: 1, spec: args.spec as RuleSpec };
          s.rules = [...s.rules, view];
          return view;
        }
        case "rule_preview":
          if (s.refuse) return Promise.reject(s.refuse);
          return s.hits;
        default:
          return null;
      }
    },
    { shouldMockEvents: true },
  );
  return s;
}

const calls = (s: Server, cmd: string) => s.calls.filter((c) => c.cmd === cmd);

/** The options a select offers, as [value, text] pairs in order. */
const options = (label: string) =>
  [...(screen.getByLabelText(label) as HTMLSelectElement).options].map((o) => [o.value, o.textContent]);

describe("rules screen", () => {
  it("lists the rules with their action, state and a readable summary", async () => {
    serve();
    render(<RulesScreen />);
    const row = (await screen.findByText("High line value")).closest("li")!;
    expect(row.getAttribute("data-enabled")).toBe("true");
    within(row).getByText("Require approval");
    within(row).getByText("D1");
    expect(row.textContent).toContain("Line value > 2000");
    const off = screen.getByText("New or flagged customer").closest("li")!;
    expect(off.textContent).toContain("New customer or Flagged customer");
    expect(within(off).getByRole("switch").getAttribute("aria-checked")).toBe("false");
    expect(document.querySelector("[data-stat=rules]")!.textContent).toBe("2 rules");
    expect(document.querySelector("[data-stat=rules-enabled]")!.textContent).toBe("1 on");
  });

  it("toggling a rule sends ruleUpdate with the rule's version and the flipped flag", async () => {
    const s = serve();
    render(<RulesScreen />);
    const row = (await screen.findByText("High line value")).closest("li")!;
    fireEvent.click(within(row).getByRole("switch"));
    await waitFor(() => expect(calls(s, "rule_update")).toHaveLength(1));
    const sent = calls(s, "rule_update")[0]!.args;
    expect(sent.id).toBe(1);
    expect(sent.version).toBe(4);
    expect((sent.spec as RuleSpec).enabled).toBe(false);
    expect((sent.spec as RuleSpec).conditions).toEqual(stored[0]!.spec.conditions);
    await waitFor(() => expect(within(row).getByRole("switch").getAttribute("aria-checked")).toBe("false"));
  });

  it("shows Rust's refusal of a toggle on that rule", async () => {
    serve({ refuse: { code: "conflict", message: "rule 1 changed meanwhile (version 5, not 4)", field: null } });
    render(<RulesScreen />);
    const row = (await screen.findByText("High line value")).closest("li")!;
    fireEvent.click(within(row).getByRole("switch"));
    expect((await within(row).findByRole("alert")).textContent).toContain("changed meanwhile");
  });

  it("reloads when Rust says data changed", async () => {
    const s = serve();
    render(<RulesScreen />);
    await screen.findByText("High line value");
    s.rules = [...stored, rule(3, 1, { name: "Hold Acme", action: "hold" })];
    await act(() => emit("data-changed", { reason: "rule_create" }));
    await screen.findByText("Hold Acme");
    // The field list is asked for once; a reload only fetches the rules again.
    expect(calls(s, "rules_list")).toHaveLength(2);
    expect(calls(s, "rule_fields_get")).toHaveLength(1);
  });

  it("shows a failed field list like other load errors, and Retry loads it", async () => {
    const s = serve({ fields: new Error("rule_fields_get: IPC unavailable") });
    render(<RulesScreen />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Could not load the rule fields.");
    expect(alert.textContent).toContain("IPC unavailable");
    // The rules still list, but no editor can open without the fields.
    await screen.findByText("High line value");
    fireEvent.click(screen.getByRole("button", { name: "New rule" }));
    screen.getByText("The editor needs the rule fields");
    fireEvent.click(screen.getByText("High line value"));
    expect(screen.queryByRole("heading", { name: "Edit rule" })).toBeNull();

    s.fields = fieldList;
    fireEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    await screen.findByRole("heading", { name: "Edit rule" });
    expect(screen.queryByRole("alert")).toBeNull();
    expect(calls(s, "rule_fields_get")).toHaveLength(2);
  });

  it("puts a validation error beside its condition row and keeps what was typed", async () => {
    const s = serve({
      refuse: {
        code: "validation",
        message: "is 101 characters long; at most 100 allowed",
        field: "conditions[1].value",
      },
    });
    const long = "acme ".repeat(20) + "x";
    render(<RulesScreen />);
    fireEvent.click(await screen.findByText("High line value"));
    fireEvent.click(screen.getByRole("button", { name: "+ Add condition" }));
    fireEvent.change(screen.getByLabelText("Condition 2 field"), { target: { value: "customer_name" } });
    fireEvent.change(screen.getByLabelText("Condition 2 operator"), { target: { value: "contains" } });
    fireEvent.change(screen.getByLabelText("Condition 2 value"), { target: { value: long } });
    fireEvent.click(screen.getByRole("button", { name: "Save rule" }));

    const rowEl = document.querySelector('[data-condition-index="1"]') as HTMLElement;
    const alert = await within(rowEl).findByRole("alert");
    expect(alert.textContent).toContain("at most 100 allowed");
    expect(rowEl.className).toContain("condition-row--invalid");
    expect(screen.getByLabelText("Condition 2 value").getAttribute("aria-invalid")).toBe("true");
    expect((screen.getByLabelText("Condition 2 value") as HTMLInputElement).value).toBe(long);
    // The first row is untouched and has no error.
    const first = document.querySelector('[data-condition-index="0"]') as HTMLElement;
    expect(within(first).queryByRole("alert")).toBeNull();
    // Sent as typed: Rust, not the UI, decides the text is too long.
    const sent = calls(s, "rule_update")[0]!.args.spec as RuleSpec;
    expect(sent.conditions[1]).toEqual({ field: "customer_name", op: "contains", value: { type: "text", value: long } });
    // Editing that row clears its error.
    fireEvent.change(screen.getByLabelText("Condition 2 value"), { target: { value: "acme" } });
    expect(within(rowEl).queryByRole("alert")).toBeNull();
  });

  it("puts a name error beside the name field", async () => {
    serve({ refuse: { code: "validation", message: "name is required", field: "name" } });
    render(<RulesScreen />);
    fireEvent.click(await screen.findByRole("button", { name: "New rule" }));
    fireEvent.change(screen.getByLabelText("Condition 1 value"), { target: { value: "5" } });
    fireEvent.click(screen.getByRole("button", { name: "Create rule" }));
    const name = screen.getByRole("textbox", { name: "Name" });
    await waitFor(() => expect(name.getAttribute("aria-invalid")).toBe("true"));
    expect(name.closest("label")!.textContent).toContain("name is required");
  });

  it("creates a rule and then edits it", async () => {
    const s = serve();
    render(<RulesScreen />);
    fireEvent.click(await screen.findByRole("button", { name: "New rule" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Name" }), { target: { value: "Acme waits" } });
    fireEvent.change(screen.getByLabelText("Condition 1 field"), { target: { value: "customer_name" } });
    fireEvent.change(screen.getByLabelText("Condition 1 operator"), { target: { value: "contains" } });
    fireEvent.change(screen.getByLabelText("Condition 1 value"), { target: { value: "acme" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Then" }), { target: { value: "hold" } });
    fireEvent.click(screen.getByRole("button", { name: "Create rule" }));
    await waitFor(() => expect(calls(s, "rule_create")).toHaveLength(1));
    expect(calls(s, "rule_create")[0]!.args.spec).toEqual({
      name: "Acme waits",
      description: "",
      enabled: true,
      combinator: "all",
      action: "hold",
      conditions: [{ field: "customer_name", op: "contains", value: { type: "text", value: "acme" } }],
    });
    await screen.findByRole("heading", { name: "Edit rule" });
    expect(screen.getAllByText("Acme waits").length).toBeGreaterThan(0);
  });

  it("a field offers only its operators, and a bool field's value is yes/no", async () => {
    const s = serve();
    render(<RulesScreen />);
    fireEvent.click(await screen.findByRole("button", { name: "New rule" }));
    // The fields are Rust's list, in Rust's order, with the UI's wording.
    const fieldOptions = options("Condition 1 field");
    expect(fieldOptions.map(([v]) => v)).toEqual(fieldList.map((f) => f.field));
    expect(fieldOptions[7]).toEqual(["customer_name", "Customer name"]);
    expect(screen.queryByLabelText("Condition 1 value type")).toBeNull();

    // A new row starts on Rust's first field: a number, with a decimal keyboard and no "contains".
    expect((screen.getByLabelText("Condition 1 field") as HTMLSelectElement).value).toBe("item_quantity");
    expect(options("Condition 1 operator")).toEqual([
      ["eq", "is"],
      ["ne", "is not"],
      ["gt", ">"],
      ["ge", "≥"],
      ["lt", "<"],
      ["le", "≤"],
    ]);
    expect((screen.getByLabelText("Condition 1 value") as HTMLInputElement).inputMode).toBe("decimal");

    // A text field offers "contains" and takes text.
    fireEvent.change(screen.getByLabelText("Condition 1 field"), { target: { value: "service_code" } });
    expect(options("Condition 1 operator").map(([v]) => v)).toEqual(TEXT_OPS);
    expect((screen.getByLabelText("Condition 1 value") as HTMLInputElement).inputMode).toBe("");

    // A yes/no field offers is / is not, and its value is a yes/no select.
    fireEvent.change(screen.getByLabelText("Condition 1 field"), { target: { value: "customer_flagged" } });
    expect(options("Condition 1 operator")).toEqual([
      ["eq", "is"],
      ["ne", "is not"],
    ]);
    const value = screen.getByLabelText("Condition 1 value") as HTMLSelectElement;
    expect(value.tagName).toBe("SELECT");
    expect(options("Condition 1 value")).toEqual([
      ["yes", "yes"],
      ["no", "no"],
    ]);
    fireEvent.change(value, { target: { value: "no" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Name" }), { target: { value: "Unflagged" } });
    fireEvent.click(screen.getByRole("button", { name: "Create rule" }));
    await waitFor(() => expect(calls(s, "rule_create")).toHaveLength(1));
    expect((calls(s, "rule_create")[0]!.args.spec as RuleSpec).conditions).toEqual([
      { field: "customer_flagged", op: "eq", value: { type: "bool", value: false } },
    ]);
  });

  it("changing the field to one of another kind resets operator and value", async () => {
    const s = serve();
    render(<RulesScreen />);
    fireEvent.click(await screen.findByText("High line value"));
    const field = screen.getByLabelText("Condition 1 field") as HTMLSelectElement;
    const op = () => (screen.getByLabelText("Condition 1 operator") as HTMLSelectElement).value;
    const value = () => (screen.getByLabelText("Condition 1 value") as HTMLInputElement | HTMLSelectElement).value;
    expect([field.value, op(), value()]).toEqual(["item_line_value", "gt", "2000"]);

    // Number to another number: the operator and value stay.
    fireEvent.change(field, { target: { value: "item_monthly_cost" } });
    expect([op(), value()]).toEqual(["gt", "2000"]);

    // Number to yes/no: ">" does not apply, so the first operator; the value becomes yes.
    fireEvent.change(field, { target: { value: "customer_is_new" } });
    expect([op(), value()]).toEqual(["eq", "yes"]);
    fireEvent.change(screen.getByLabelText("Condition 1 operator"), { target: { value: "ne" } });

    // Yes/no to text: "is not" applies to text too and stays; the yes/no answer is cleared.
    fireEvent.change(field, { target: { value: "customer_name" } });
    expect([op(), value()]).toEqual(["ne", ""]);
    fireEvent.change(screen.getByLabelText("Condition 1 operator"), { target: { value: "contains" } });
    fireEvent.change(screen.getByLabelText("Condition 1 value"), { target: { value: "acme" } });

    // Text to number: "contains" does not apply, and "acme" is no number.
    fireEvent.change(field, { target: { value: "item_quantity" } });
    expect([op(), value()]).toEqual(["eq", ""]);
    // A text field that asks for a decimal keyboard: a number input would drop "12,5".
    const input = screen.getByLabelText("Condition 1 value") as HTMLInputElement;
    expect([input.type, input.inputMode]).toEqual(["text", "decimal"]);

    fireEvent.change(input, { target: { value: "12,5" } });
    fireEvent.click(screen.getByRole("button", { name: "Save rule" }));
    await waitFor(() => expect(calls(s, "rule_update")).toHaveLength(1));
    // Sent as typed: Rust reads the decimal comma.
    expect((calls(s, "rule_update")[0]!.args.spec as RuleSpec).conditions).toEqual([
      { field: "item_quantity", op: "eq", value: { type: "text", value: "12,5" } },
    ]);
  });

  it("previews the draft and lists the items it would hit, with the count", async () => {
    const s = serve({
      hits: [
        {
          itemId: 41,
          orderId: 9,
          orderNumber: "EF-002041",
          position: 1,
          title: "ThinkPad X1",
          customerName: "Contoso",
          status: "awaiting_approval",
          statusLabel: "Awaiting approval",
          reason: "High line value: line value 2400 > 2000",
        },
      ],
    });
    render(<RulesScreen />);
    fireEvent.click(await screen.findByText("New or flagged customer"));
    fireEvent.click(screen.getByRole("button", { name: "Preview hits" }));
    const table = await screen.findByRole("table");
    const hit = within(table).getByText("EF-002041").closest("tr")!;
    expect(hit.textContent).toContain("ThinkPad X1");
    expect(hit.textContent).toContain("line value 2400 > 2000");
    expect(document.querySelector("[data-preview-count]")!.textContent).toBe("1");
    // A disabled rule is previewed as if it were on, and says so.
    const sent = calls(s, "rule_preview")[0]!.args.spec as RuleSpec;
    expect(sent.enabled).toBe(true);
    expect(sent.combinator).toBe("any");
    screen.getByText("if the rule were on");
  });

  it("shows a preview's validation error beside its field", async () => {
    serve({ refuse: { code: "validation", message: "must be a finite number", field: "conditions[0].value" } });
    render(<RulesScreen />);
    fireEvent.click(await screen.findByText("High line value"));
    fireEvent.click(screen.getByRole("button", { name: "Preview hits" }));
    const rowEl = document.querySelector('[data-condition-index="0"]') as HTMLElement;
    expect((await within(rowEl).findByRole("alert")).textContent).toBe("must be a finite number");
  });
});

describe("condition summary", () => {
  it("reads like a sentence", () => {
    expect(
      conditionsText("all", [
        { field: "service_recurring", op: "eq", value: { type: "bool", value: true } },
        { field: "item_monthly_cost", op: "gt", value: { type: "number", value: 50 } },
        { field: "customer_flagged", op: "ne", value: { type: "bool", value: true } },
        { field: "customer_name", op: "contains", value: { type: "text", value: "acme" } },
      ]),
    ).toBe("Recurring service and Monthly cost > 50 and not flagged customer and Customer name contains “acme”");
  });
});

describe("rule editor", () => {
  it("does not call an untouched rule changed, whatever order Rust sends its keys in", async () => {
    const shuffled: RuleView = {
      id: 5,
      version: 2,
      spec: {
        action: "hold",
        conditions: [{ value: { value: 10, type: "number" }, op: "gt", field: "item_quantity" } as never],
        combinator: "all",
        enabled: true,
        description: "",
        name: "Many units",
      },
    };
    serve({ rules: [shuffled] });
    render(<RulesScreen />);
    fireEvent.click(await screen.findByText("Many units"));
    expect((screen.getByRole("button", { name: "Save rule" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole("button", { name: "Discard changes" })).toBeNull();
  });
});
