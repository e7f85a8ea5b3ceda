import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { DateField } from "./DateField";

/** A form holding the field's value, as the order form does; `seen` is every value the field reported. */
function Form({ locale, initial = "", seen }: { locale: string; initial?: string; seen: string[] }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField
        label="From"
        locale={locale}
        value={value}
        data-field="windowStart"
        onChange={(v) => {
          seen.push(v);
          setValue(v);
        }}
      />
      <output data-testid="value">{value}</output>
      <button type="button" onClick={() => setValue("2026-01-02")}>
        Set
      </button>
      <button type="button" onClick={() => setValue("")}>
        Clear
      </button>
    </>
  );
}

/** Clicks the field's first part and types as a person would. */
async function typeInto(text: string) {
  const user = userEvent.setup();
  await user.click(document.querySelector<HTMLElement>('[data-field="windowStart"]')!);
  await user.keyboard(text);
  return user;
}

const value = () => screen.getByTestId("value").textContent;
const parts = () =>
  [...document.querySelectorAll('[data-date-field="windowStart"] [data-type]:not([data-type="literal"])')].map(
    (s) => s.getAttribute("data-type"),
  );

describe("DateField", () => {
  it.each([
    ["de-AT", ["day", "month", "year"]],
    ["en-GB", ["day", "month", "year"]],
    ["en-US", ["month", "day", "year"]],
  ])("shows the parts in %s order", (locale, order) => {
    render(<Form locale={locale} seen={[]} />);
    expect(parts()).toEqual(order);
  });

  it.each([
    ["de-AT", "07122026", "2026-12-07"],
    ["de-AT", "7.12.2026", "2026-12-07"],
    ["de-AT", "1.2.2027", "2027-02-01"],
    ["en-GB", "07/12/2026", "2026-12-07"],
    ["en-US", "12072026", "2026-12-07"],
    ["en-US", "12/7/2026", "2026-12-07"],
  ])("in %s takes %s typed at once as %s", async (locale, typed, expected) => {
    render(<Form locale={locale} seen={[]} />);
    await typeInto(typed);
    expect(value()).toBe(expected);
  });

  it.each([
    ["de-AT", "7.12.2026"],
    ["de-AT", "07122026"],
    ["en-GB", "7/12/2026"],
  ])("in %s takes %s typed over a whole date", async (locale, typed) => {
    render(<Form locale={locale} initial="2026-11-30" seen={[]} />);
    await typeInto(typed);
    expect(value()).toBe("2026-12-07");
  });

  it('says "" while the date is incomplete, and the date once it is whole again', async () => {
    const seen: string[] = [];
    render(<Form locale="en-GB" initial="2026-12-07" seen={seen} />);
    const user = await typeInto("{Backspace}{Backspace}");
    expect(value()).toBe("");
    // The other parts stay as they were: only the day is typed again.
    expect(screen.getByRole("group").textContent).toContain("12");
    await user.keyboard("09");
    expect(value()).toBe("2026-12-09");
    expect(seen).toEqual(["", "2026-12-09"]);
  });

  it("reports no year still being typed: retyping a date goes from day to month to a whole year", async () => {
    const seen: string[] = [];
    render(<Form locale="de-AT" initial="2026-11-30" seen={seen} />);
    await typeInto("07122026");
    expect(value()).toBe("2026-12-07");
    expect(seen.filter((v) => v !== "" && !v.startsWith("2026-"))).toEqual([]);
  });

  it("keeps what is typed when the form keeps its date on an incomplete one (the planner's day)", async () => {
    const days: string[] = [];
    function Picker() {
      const [day, setDay] = useState("2026-11-30");
      return (
        <DateField
          label="Go to date"
          labelHidden
          locale="de-AT"
          value={day}
          data-field="windowStart"
          onChange={(d) => {
            if (!d) return;
            days.push(d);
            setDay(d);
          }}
        />
      );
    }
    render(<Picker />);
    const user = await typeInto("{Backspace}{Backspace}");
    const group = screen.getByRole("group", { name: "Go to date" });
    expect(group.querySelector('[data-type="day"]')!.hasAttribute("data-placeholder")).toBe(true);
    await user.keyboard("5");
    // Backspace leaves 3 (the 3rd), then nothing; 5 makes the 5th.
    expect(days).toEqual(["2026-11-03", "2026-11-05"]);
  });

  it("shows a value set from outside, and clears when it is cleared", async () => {
    render(<Form locale="en-GB" initial="2026-12-07" seen={[]} />);
    const group = screen.getByRole("group");
    expect(group.textContent).toMatch(/07\D+12\D+2026/);
    screen.getByRole("button", { name: "Set" }).click();
    await act(async () => {});
    expect(group.textContent).toMatch(/02\D+01\D+2026/);
    screen.getByRole("button", { name: "Clear" }).click();
    await act(async () => {});
    expect(value()).toBe("");
    expect(group.querySelector("[data-placeholder]")).not.toBeNull();
  });

  it("is named by its label, and wired to Rust's refusal as the form's other fields are", () => {
    render(
      <DateField label="Until" locale="en-GB" value="" onChange={() => {}} data-field="windowEnd" aria-invalid aria-describedby="until-error">
        <p id="until-error">The window ends before it starts.</p>
      </DateField>,
    );
    const group = screen.getByRole("group", { name: "Until" });
    expect(group.hasAttribute("data-invalid")).toBe(true);
    expect(document.querySelector('[data-date-field="windowEnd"]')!.getAttribute("data-locale")).toBe("en-GB");
    const first = document.querySelector<HTMLElement>('[data-field="windowEnd"]')!;
    expect(first.getAttribute("aria-invalid")).toBe("true");
    expect(first.getAttribute("aria-describedby")).toContain("until-error");
    // Focusing the keyed control (as a form does on a refusal) puts the cursor in the date.
    act(() => first.focus());
    expect(document.activeElement).toBe(first);
  });

  it("adds with Enter when the form asks for it", async () => {
    const onEnter = vi.fn();
    render(<DateField label="New day off" labelHidden locale="en-GB" value="" onChange={() => {}} data-field="dayOff" onEnter={onEnter} />);
    screen.getByRole("group", { name: "New day off" });
    const user = userEvent.setup();
    await user.click(document.querySelector<HTMLElement>('[data-field="dayOff"]')!);
    await user.keyboard("{Enter}");
    expect(onEnter).toHaveBeenCalledTimes(1);
  });
});
