import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { PickCheck } from "../bindings";
import { rust } from "../test/rust";
import { PrepareScan } from "./PrepareScan";

const fx = rust.prepare;
const markPrepared = fx.moves.moves.find((m) => m.action === "mark_prepared")!;
const subject = { itemId: fx.detail.itemId, version: fx.moves.version };
const first = fx.detail.serials[0]!;

type Call = { cmd: string; args: Record<string, unknown> };

/** Rust's answers to the scans the fixtures were made with. */
function serve(): Call[] {
  const calls: Call[] = [];
  const answers: [string[], PickCheck][] = [
    [[], fx.none],
    [[first, "NOPE-0001", first], fx.check],
    [fx.detail.serials, fx.complete],
  ];
  mockIPC((cmd, args) => {
    const a = (args ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args: a });
    if (cmd === "item_prepare_check") {
      const scans = JSON.stringify(a.scans);
      const hit = answers.find(([s]) => JSON.stringify(s) === scans);
      if (!hit) throw new Error(`no fixture for ${scans}`);
      return hit[1];
    }
    if (cmd === "item_mark_prepared") return rust.outcomes.prepared;
    return null;
  });
  return calls;
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("preparing by scan", () => {
  it("answers every scan on its own line as Rust does and keeps focus in the scan field", async () => {
    serve();
    render(<PrepareScan move={markPrepared} subject={subject} told={(r) => r} onDone={() => {}} />);
    // The reserved units are listed to scan, and Mark prepared says what is missing.
    for (const e of fx.none.expected) await screen.findByText(e.serial, { selector: ".prepare-scan__serial" });
    const button = screen.getByRole("button", { name: "Mark prepared" });
    expect(button).toHaveProperty("disabled", true);
    expect(document.querySelector(".prepare-scan .move__why")!.textContent).toBe(fx.none.prepareLabel);
    const field = document.querySelector<HTMLInputElement>("[data-scan=prepare]")!;
    field.focus();
    const user = userEvent.setup();
    for (const code of [first, "NOPE-0001", first]) {
      await user.keyboard(`${code}{Enter}`);
      expect(document.activeElement).toBe(field);
      expect(field.value).toBe("");
    }
    await waitFor(() => expect(document.querySelectorAll("[data-state=checking]")).toHaveLength(0));
    const lines = [...document.querySelectorAll<HTMLElement>(".scan-line")];
    expect(lines).toHaveLength(3);
    fx.check.lines.forEach((answer, i) => {
      expect(lines[i]!.dataset.state).toBe(answer.accepted ? "accepted" : "refused");
      expect(lines[i]!.textContent).toContain(answer.answer);
    });
    expect(lines[0]!.textContent).toContain("Reserved for this item");
    expect(lines[1]!.textContent).toContain("Unknown serial: no unit in stock has NOPE-0001");
    expect(lines[2]!.textContent).toContain(`Scanned twice: line 1 has ${first} already`);
    expect(button).toHaveProperty("disabled", !fx.check.complete);
  });

  it("marks prepared with the accepted scans once every reserved unit is covered", async () => {
    const calls = serve();
    let done = false;
    render(<PrepareScan move={markPrepared} subject={subject} told={(r) => r} onDone={() => (done = true)} />);
    const field = document.querySelector<HTMLInputElement>("[data-scan=prepare]")!;
    field.focus();
    const user = userEvent.setup();
    for (const code of fx.detail.serials) await user.keyboard(`${code}{Enter}`);
    const button = screen.getByRole("button", { name: "Mark prepared" });
    await waitFor(() => expect(button).toHaveProperty("disabled", false));
    expect(fx.complete.complete).toBe(true);
    fireEvent.click(button);
    await waitFor(() => expect(done).toBe(true));
    expect(calls.find((c) => c.cmd === "item_mark_prepared")!.args).toEqual({
      itemId: subject.itemId,
      version: subject.version,
      scans: fx.detail.serials,
    });
  });

  it("Enter in the empty scan field marks prepared once Rust says every unit is scanned", async () => {
    const calls = serve();
    let done = false;
    render(<PrepareScan move={markPrepared} subject={subject} told={(r) => r} onDone={() => (done = true)} />);
    const field = document.querySelector<HTMLInputElement>("[data-scan=prepare]")!;
    field.focus();
    const user = userEvent.setup();
    // Before every unit is scanned, Enter on nothing does nothing.
    await user.keyboard("{Enter}");
    for (const code of fx.detail.serials) await user.keyboard(`${code}{Enter}`);
    await waitFor(() => expect(screen.getByRole("button", { name: "Mark prepared" })).toHaveProperty("disabled", false));
    expect(calls.some((c) => c.cmd === "item_mark_prepared")).toBe(false);
    await user.keyboard("{Enter}");
    await waitFor(() => expect(done).toBe(true));
    expect(calls.filter((c) => c.cmd === "item_mark_prepared").map((c) => c.args.scans)).toEqual([fx.detail.serials]);
  });
});
