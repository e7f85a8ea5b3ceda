import { clearMocks } from "@tauri-apps/api/mocks";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
// The UI's words, in English: a component that only asks \`useTranslation\` (a
// scan field, say) does not load the catalogues itself; the app does at start.
import "../i18n";

// The desk's locale in every test is British English, whatever jsdom or the
// machine says: screens write dates and money through `deskLocale()`. Tests
// of another locale pass theirs explicitly.
Object.defineProperty(window.navigator, "language", { value: "en-GB", configurable: true });

// jsdom has no CSS.escape; react-aria's list boxes (the order form's spec fields) call it.
if (typeof globalThis.CSS === "undefined") {
  Object.defineProperty(globalThis, "CSS", { value: { escape: (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`) }, configurable: true });
}

// No vitest globals: Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  clearMocks();
});
