import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { Notice } from "../../moves/notice";
import { BoardNotice } from "./BoardNotice";

/** An element on the page at a given place (jsdom lays nothing out). */
function placed(html: string, rect: { left: number; top: number; width: number; height: number }) {
  const host = document.createElement("div");
  host.innerHTML = html;
  const el = host.firstElementChild as HTMLElement;
  el.getBoundingClientRect = () =>
    ({ ...rect, right: rect.left + rect.width, bottom: rect.top + rect.height, x: rect.left, y: rect.top }) as DOMRect;
  document.body.append(el);
  return el;
}

const notice: Notice = { id: 1, kind: "done", itemId: 7, step: null, text: "Prepared.", undo: null };

describe("BoardNotice", () => {
  afterEach(() => document.body.replaceChildren());

  it("sits under the moved card", () => {
    placed('<div class="card" data-item-id="7"></div>', { left: 300, top: 100, width: 200, height: 80 });
    render(<BoardNotice notice={notice} onUndo={() => {}} onDismiss={() => {}} />);
    const box = screen.getByText(/Prepared/).closest(".notice") as HTMLElement;
    expect([box.style.left, box.style.top]).toEqual(["300px", "186px"]);
  });

  it("stays left of the open item panel, so the panel's buttons can be pressed", () => {
    Object.defineProperty(window, "innerWidth", { value: 1440, configurable: true });
    placed('<div class="card" data-item-id="7"></div>', { left: 900, top: 100, width: 200, height: 80 });
    placed('<aside class="panel"></aside>', { left: 1020, top: 0, width: 420, height: 900 });
    render(<BoardNotice notice={notice} onUndo={() => {}} onDismiss={() => {}} />);
    const box = screen.getByText(/Prepared/).closest(".notice") as HTMLElement;
    expect(box.style.left).toBe(`${1020 - 340 - 6}px`);
  });
});
