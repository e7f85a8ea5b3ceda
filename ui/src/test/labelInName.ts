import { expect } from "vitest";

/**
 * The words of a text as axe-core's label-content-name-mismatch rule reads
 * them: lower case, parentheticals dropped, anything but letters and digits
 * a word break.
 */
function words(text: string): string[] {
  let s = text.normalize("NFKD");
  for (let prev = ""; prev !== s; ) {
    prev = s;
    s = s.replace(/\([^()]*\)/g, "");
  }
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .split(" ")
    .filter(Boolean);
}

/**
 * An element's visible words are, in their order, a run of words of its
 * aria-label (WCAG 2.5.3, label in name): what a voice user reads off the
 * screen is what names the control. The text nodes are joined as they are,
 * so spans with no space between them read as one word, as they do for axe.
 */
export function expectLabelHoldsText(el: Element): void {
  const label = words(el.getAttribute("aria-label") ?? "");
  const shown = words(el.textContent ?? "");
  const at = label.findIndex((_, i) => shown.every((w, j) => label[i + j] === w));
  expect(at, `"${el.getAttribute("aria-label")}" holds the visible "${el.textContent}"`).toBeGreaterThanOrEqual(0);
}
