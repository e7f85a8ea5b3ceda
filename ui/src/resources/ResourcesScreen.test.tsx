import { emit } from "@tauri-apps/api/event";
import { mockIPC } from "@tauri-apps/api/mocks";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { AppError, PlannerResource, ResourceInput } from "../bindings";
import { ResourcesScreen } from "./ResourcesScreen";
import { toInput, workDaysText } from "./resourceDraft";

function resource(overrides: Partial<PlannerResource> = {}): PlannerResource {
  return {
    id: 1,
    name: "Dana (driver)",
    kind: "driver",
    capacity: 20,
    workStart: "08:00",
    workEnd: "17:00",
    workDays: [1, 2, 3, 4, 5],
    daysOff: ["2026-12-24"],
    skills: [],
    version: 3,
    bookings: [],
    ...overrides,
  };
}

type Server = {
  resources: PlannerResource[];
  calls: { cmd: string; args: Record<string, unknown> }[];
  refuse: AppError | null;
};

function serve(overrides: Partial<Server> = {}): Server {
  const s: Server = {
    resources: [
      resource(),
      resource({ id: 2, name: "Tom", kind: "technician", capacity: 4, skills: ["network", "printers"], daysOff: [], version: 1 }),
    ],
    calls: [],
    refuse: null,
    ...overrides,
  };
  mockIPC(
    (cmd, raw) => {
      const args = (raw ?? {}) as Record<string, unknown>;
      s.calls.push({ cmd, args });
      switch (cmd) {
        case "planner_get":
          return { from: args.from, days: args.days, resources: s.resources, queue: [] };
        case "resource_create":
          if (s.refuse) return Promise.reject(s.refuse);
          return 7;
        case "resource_update":
          if (s.refuse) return Promise.reject(s.refuse);
          return (args.version as number) + 1;
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
  return document.querySelector(`input[name="${name}"]`) as HTMLInputElement;
}

/** Clicks a date field's first part and types as a person would. */
async function typeDate(key: string, text: string) {
  const user = userEvent.setup();
  await user.click(document.querySelector<HTMLElement>(`[data-field="${key}"]`)!);
  await user.keyboard(text);
  return user;
}

describe("resources screen", () => {
  it("lists every resource with hours, days, days off, skills and capacity", async () => {
    serve();
    render(<ResourcesScreen />);
    const row = (await screen.findByText("Dana (driver)")).closest("tr")!;
    expect(row.textContent).toContain("Driver");
    expect(row.textContent).toContain("08:00–17:00");
    // The day off as people read dates (en-GB in tests), never "2026-12-24".
    expect(row.textContent).toContain("24 Dec");
    expect(row.textContent).toContain("20");
    within(row).getByRole("img", { name: "Mon–Fri" });
    const tom = screen.getByText("Tom").closest("tr")!;
    within(tom).getByText("network");
    within(tom).getByText("printers");
    expect(document.querySelector("[data-stat=resources-technician]")!.textContent).toBe("1 technician");
  });

  it("creates a technician with what was typed", async () => {
    const s = serve();
    render(<ResourcesScreen />);
    await screen.findByText("Tom");
    fireEvent.click(screen.getByRole("button", { name: "New resource" }));
    fireEvent.click(screen.getByRole("radio", { name: "Technician" }));
    fireEvent.change(field("name"), { target: { value: "Sam" } });
    fireEvent.change(field("workStart"), { target: { value: "09:00" } });
    fireEvent.change(field("workEnd"), { target: { value: "18:00" } });
    fireEvent.change(field("capacity"), { target: { value: "3" } });
    fireEvent.click(screen.getByRole("button", { name: "Tuesday" }));
    fireEvent.click(screen.getByRole("button", { name: "Monday" }));
    fireEvent.change(field("skill"), { target: { value: "laptops" } });
    fireEvent.keyDown(field("skill"), { key: "Enter" });
    // A day off typed in the desk's order (day, month, year in en-GB) and left in the box: saved with the rest.
    await typeDate("dayOff", "31122026");
    fireEvent.click(screen.getByRole("button", { name: "Create resource" }));
    await waitFor(() => expect(calls(s, "resource_create")).toHaveLength(1));
    expect(calls(s, "resource_create")[0]!.args.input).toEqual({
      name: "Sam",
      kind: "technician",
      capacity: 3,
      workStart: "09:00",
      workEnd: "18:00",
      workDays: [1, 2],
      skills: ["laptops"],
      daysOff: ["2026-12-31"],
    } satisfies ResourceInput);
    expect((await screen.findByRole("status")).textContent).toContain("Created Sam");
  });

  it("shows Rust's field error beside the field and keeps what was typed", async () => {
    serve({ refuse: { code: "validation", message: "ends 07:00, not after the start 09:00", field: "workEnd" } });
    render(<ResourcesScreen />);
    await screen.findByText("Tom");
    fireEvent.click(screen.getByRole("button", { name: "New resource" }));
    fireEvent.change(field("name"), { target: { value: "Sam" } });
    fireEvent.change(field("workStart"), { target: { value: "09:00" } });
    fireEvent.change(field("workEnd"), { target: { value: "07:00" } });
    fireEvent.click(screen.getByRole("button", { name: "Create resource" }));
    const end = field("workEnd");
    await waitFor(() => expect(end.getAttribute("aria-invalid")).toBe("true"));
    const described = document.getElementById(end.getAttribute("aria-describedby")!)!;
    expect(described.textContent).toContain("not after the start");
    within(described).getByRole("alert");
    expect(field("workStart").getAttribute("aria-invalid")).toBeNull();
    expect(field("workStart").getAttribute("aria-describedby")).toBeNull();
    expect(end.value).toBe("07:00");
    expect(field("name").value).toBe("Sam");
    // Editing the field clears its error.
    fireEvent.change(end, { target: { value: "17:00" } });
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("puts an error about one day off beside that day", async () => {
    serve({ refuse: { code: "validation", message: "a day off beyond the horizon", field: "daysOff[1]" } });
    render(<ResourcesScreen />);
    fireEvent.click(await screen.findByText("Dana (driver)"));
    await typeDate("dayOff", "01012099");
    fireEvent.click(within(document.querySelector('[data-date-field="dayOff"]')!.parentElement!).getByRole("button", { name: "Add" }));
    fireEvent.click(screen.getByRole("button", { name: "Save changes" }));
    const chip = (await screen.findByRole("button", { name: "Remove day off 1 Jan 2099" })).closest("li")!;
    expect((await within(chip).findByRole("alert")).textContent).toContain("beyond the horizon");
  });

  it("adds a day off typed in the desk's order with Enter, and empties the box for the next", async () => {
    const s = serve();
    render(<ResourcesScreen />);
    fireEvent.click(await screen.findByText("Dana (driver)"));
    const user = await typeDate("dayOff", "2.1.2099");
    await user.keyboard("{Enter}");
    screen.getByRole("button", { name: "Remove day off 2 Jan 2099" });
    const box = screen.getByRole("group", { name: "New day off" });
    expect(box.querySelectorAll("[data-placeholder]").length).toBe(3);
    fireEvent.click(screen.getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(calls(s, "resource_update")).toHaveLength(1));
    expect((calls(s, "resource_update")[0]!.args.input as ResourceInput).daysOff).toEqual(["2026-12-24", "2099-01-02"]);
  });

  it("edits a resource with its version and follows the new version", async () => {
    const s = serve();
    render(<ResourcesScreen />);
    fireEvent.click(await screen.findByText("Dana (driver)"));
    fireEvent.click(screen.getByRole("button", { name: "Saturday" }));
    fireEvent.click(screen.getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(calls(s, "resource_update")).toHaveLength(1));
    const sent = calls(s, "resource_update")[0]!.args;
    expect(sent.id).toBe(1);
    expect(sent.version).toBe(3);
    expect((sent.input as ResourceInput).workDays).toEqual([1, 2, 3, 4, 5, 6]);
    await screen.findByText("Version 4");
  });

  it("offers the latest version when Rust refuses a save as a conflict", async () => {
    const s = serve({ refuse: { code: "conflict", message: "resource 1 changed meanwhile (version 4, not 3)", field: null } });
    render(<ResourcesScreen />);
    fireEvent.click(await screen.findByText("Dana (driver)"));
    fireEvent.change(field("name"), { target: { value: "Dana" } });
    fireEvent.click(screen.getByRole("button", { name: "Save changes" }));
    expect((await screen.findByRole("alert")).textContent).toContain("changed meanwhile");
    fireEvent.click(screen.getByRole("button", { name: "Load the latest version" }));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(field("name").value).toBe("Dana (driver)");
    expect(calls(s, "resource_update")).toHaveLength(1);
  });

  it("reloads when Rust says data changed", async () => {
    const s = serve();
    render(<ResourcesScreen />);
    await screen.findByText("Tom");
    s.resources = [...s.resources, resource({ id: 3, name: "Van 2", kind: "van" })];
    await act(() => emit("data-changed", { reason: "resource_create" }));
    await screen.findByText("Van 2");
  });
});

describe("resource draft", () => {
  it("sends a capacity that is not a whole number as 0, for Rust to refuse", () => {
    const d = { ...toInputDraft(), capacity: "lots" };
    expect(toInput(d).capacity).toBe(0);
  });

  it("names work days compactly", () => {
    expect(workDaysText([1, 2, 3, 4, 5])).toBe("Mon–Fri");
    expect(workDaysText([1, 3, 6])).toBe("Mon, Wed, Sat");
    expect(workDaysText([1, 2, 3, 4, 5, 6, 7])).toBe("every day");
  });
});

function toInputDraft() {
  return {
    name: "x",
    kind: "van",
    capacity: "1",
    workStart: "08:00",
    workEnd: "16:00",
    workDays: [1],
    daysOff: [],
    skills: [],
    pendingSkill: "",
    pendingDayOff: "",
  };
}
