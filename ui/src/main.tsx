// First: the theme tokens and shared parts, before any screen's own CSS.
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { syncClock } from "./clock";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// Rust's clock first, so the first board already counts days as Rust does.
void syncClock().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
