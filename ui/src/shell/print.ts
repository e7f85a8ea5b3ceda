import type { AppError } from "../bindings";
import { unexpectedError } from "../ipc";

/**
 * Opens the system print dialog; what it prints is the screen's `@media print`
 * rules. On macOS Tauri answers window.print() with a promise of its webview
 * print command (allowed by the window's capability): a refusal is shown, not
 * swallowed.
 */
export function printPage(onError: (error: AppError) => void) {
  try {
    const answer: unknown = window.print();
    if (answer instanceof Promise) answer.catch((cause: unknown) => onError(unexpectedError(cause)));
  } catch (cause) {
    onError(unexpectedError(cause));
  }
}
