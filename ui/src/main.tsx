// First: the theme tokens and shared parts, before any screen's own CSS.
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { takeStart } from "./start";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// Rust's clock, language, shop and board first (handed over with the page:
// no round trip), so the first render already draws the board's cards.
// The performance marks are what tests/e2e/measure-start.mjs reports of a start.
void takeStart().then(() => {
  performance.mark("equipflow:start-taken");
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
