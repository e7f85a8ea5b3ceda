import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { rust } from "../test/rust";
import { Backups } from "./Backups";

const { backups } = rust.files;

function serve() {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  mockIPC(
    (cmd, raw) => {
      const args = (raw ?? {}) as Record<string, unknown>;
      calls.push({ cmd, args });
      switch (cmd) {
        case "backup_get":
          return backups.view;
        case "backup_set_folder":
          return Promise.reject(backups.badFolder);
        case "backup_check":
          return args.path === backups.check.path ? backups.check : Promise.reject(backups.refused);
        case "backup_restore":
          return backups.restored;
        default:
          return Promise.reject(new Error(`unexpected ${cmd}`));
      }
    },
    { shouldMockEvents: true },
  );
  return calls;
}

describe("backups in settings", () => {
  it("shows the last copy and refuses a folder beside its field", async () => {
    serve();
    render(<Backups />);
    const last = await screen.findByText(/Last backup:/);
    expect(last.textContent).toContain(backups.view.copies[0]!.fileName);
    fireEvent.change(screen.getByLabelText("Backup folder"), { target: { value: "usb" } });
    fireEvent.click(screen.getByRole("button", { name: "Use this folder" }));
    const error = await screen.findByRole("alert");
    expect(error.textContent).toBe(backups.badFolder.message);
  });

  it("a restore shows Rust's counts before the confirm, and says a refused file's reason", async () => {
    const calls = serve();
    render(<Backups />);
    fireEvent.click(await screen.findByRole("button", { name: "Restore…" }));
    const dialog = await screen.findByRole("dialog", { name: "Restore a backup" });
    const path = within(dialog).getByLabelText("Or a file's whole path");
    fireEvent.change(path, { target: { value: "/home/anna/notes.db" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Check this copy" }));
    expect((await within(dialog).findByRole("alert")).textContent).toBe(backups.refused.message);
    expect(within(dialog).queryByRole("button", { name: "Restore this copy" })).toBeNull();

    fireEvent.click(within(dialog).getByRole("radio"));
    fireEvent.click(within(dialog).getByRole("button", { name: "Check this copy" }));
    const counts = await within(dialog).findByText(`${backups.check.customers} customers`);
    expect(counts).toBeTruthy();
    expect(within(dialog).getByText(`${backups.check.units} stock units`)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Restore this copy" }));
    expect((await screen.findByText(/Restored/)).textContent).toContain(backups.restored.before);
    expect(calls.filter((c) => c.cmd === "backup_restore").map((c) => c.args.path)).toEqual([backups.check.path]);
  });
});
