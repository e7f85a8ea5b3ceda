import { clearMocks } from "@tauri-apps/api/mocks";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// The desk's locale in every test is British English, whatever jsdom or the
// machine says: screens write dates and money through `deskLocale()`. Tests
// of another locale pass theirs explicitly.
Object.defineProperty(window.navigator, "language", { value: "en-GB", configurable: true });

// No vitest globals: Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  clearMocks();
});
