import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { SettingsInput } from "../bindings";
import { rust } from "../test/rust";
import { SettingsScreen } from "./SettingsScreen";

function serve() {
  const sent: { version: number; input: SettingsInput }[] = [];
  mockIPC(
    (cmd, raw) => {
      const args = (raw ?? {}) as { version: number; input: SettingsInput };
      if (cmd === "settings_get") return rust.ownShop.settings;
      if (cmd === "backup_get") return rust.files.backups.view;
      if (cmd === "settings_update") {
        sent.push(args);
        if (args.input.stockBufferDays > 30) return Promise.reject(rust.ownShop.settingsRefusal);
        return { ...rust.ownShop.settings, version: args.version + 1, stockBufferDays: args.input.stockBufferDays };
      }
      return Promise.reject(new Error(`unexpected ${cmd}`));
    },
    { shouldMockEvents: true },
  );
  return sent;
}

describe("settings screen", () => {
  it("shows Rust's settings with the examples it made", async () => {
    serve();
    render(<SettingsScreen />);
    expect(((await screen.findByLabelText("Shop name")) as HTMLInputElement).value).toBe("Kaiser IT");
    expect((screen.getByLabelText("Inventory number pattern") as HTMLInputElement).value).toBe("INV-{seq:05}");
    expect(screen.getByText(/First unit: INV-00001/)).toBeTruthy();
    const log = screen.getByRole("region", { name: "Changes" });
    expect(within(log).getAllByRole("listitem")).toHaveLength(rust.ownShop.settings.log.length);
  });

  it("a refused value shows beside its field; a good one is saved", async () => {
    const sent = serve();
    render(<SettingsScreen />);
    const buffer = (await screen.findByLabelText("Stock buffer")) as HTMLInputElement;
    fireEvent.change(buffer, { target: { value: "45" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    const error = await screen.findByRole("alert");
    expect(error.getAttribute("data-error-for")).toBe("stockBufferDays");
    expect(error.textContent).toBe(rust.ownShop.settingsRefusal.message);
    expect(buffer.getAttribute("aria-invalid")).toBe("true");

    fireEvent.change(buffer, { target: { value: "2" } });
    expect(screen.queryByRole("alert")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("Saved")).toBeTruthy();
    expect(sent.map((s) => s.input.stockBufferDays)).toEqual([45, 2]);
    expect(sent[1]?.version).toBe(rust.ownShop.settings.version);
  });
});
