// First: the theme tokens and shared parts, before any screen's own CSS.
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, prefetchScreens } from "./App";
import { syncClock } from "./clock";
import { syncLanguage } from "./i18n";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// Rust's clock and language first, so the first board already counts days
// as Rust does and speaks the language Rust's sentences are in.
// The performance marks are what tests/e2e/measure-start.mjs reports of a start.
void Promise.all([syncClock(), syncLanguage()]).then(() => {
  performance.mark("equipflow:synced");
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  prefetchScreens();
});
