import { clearMocks } from "@tauri-apps/api/mocks";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// No vitest globals: Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  clearMocks();
});
