import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { Dialog, DialogTitle } from "./Dialog";

function Opener({ onClose = () => {} }: { onClose?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <Dialog
          className="move-prompt"
          backdropClassName="move-prompt__backdrop"
          onClose={() => {
            onClose();
            setOpen(false);
          }}
        >
          <DialogTitle className="move-prompt__title">Put on hold</DialogTitle>
          <input aria-label="Reason" data-autofocus="" />
          <button type="button">Cancel</button>
          <button type="button">Put on hold</button>
        </Dialog>
      )}
    </>
  );
}

function open() {
  const opener = screen.getByRole("button", { name: "Open" });
  opener.focus();
  fireEvent.click(opener);
  return { opener, dialog: screen.getByRole("dialog", { name: "Put on hold" }) };
}

describe("Dialog", () => {
  it("is a modal dialog named by its title, with focus on its [data-autofocus] control", () => {
    render(<Opener />);
    const { dialog } = open();
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(document.activeElement).toBe(screen.getByLabelText("Reason"));
  });

  it("keeps Tab inside: from the last control to the first, and Shift+Tab back", () => {
    render(<Opener />);
    const { dialog } = open();
    const last = screen.getByRole("button", { name: "Put on hold" });
    last.focus();
    fireEvent.keyDown(last, { key: "Tab" });
    expect(document.activeElement).toBe(screen.getByLabelText("Reason"));
    fireEvent.keyDown(document.activeElement!, { key: "Tab", shiftKey: true });
    expect(document.activeElement).toBe(last);
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it("Esc closes and gives focus back to what opened it", () => {
    const onClose = vi.fn();
    render(<Opener onClose={onClose} />);
    const { opener } = open();
    fireEvent.keyDown(screen.getByLabelText("Reason"), { key: "Escape" });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it("a press on the backdrop closes; one inside does not", () => {
    const onClose = vi.fn();
    render(<Opener onClose={onClose} />);
    const { dialog } = open();
    fireEvent.pointerDown(screen.getByLabelText("Reason"));
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.pointerDown(dialog.parentElement!);
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
