import { useState } from "react";
import { type AppError, commands, type RefusalKind } from "../bindings";
import { call } from "../ipc";
import { FieldError } from "../shell/FieldError";
import { SetupForm } from "./SetupForm";
import type { ShopView } from "./useShop";
import "./shop.css";

/** What the first-run screen calls each way the shop's own file may not open; Rust's message says the rest. */
const PROBLEM_TITLES: Partial<Record<RefusalKind, string>> = {
  database_in_use: "Your shop is open in another window",
  database_read_only: "Your shop's file cannot be written",
  disk_full: "The disk is full",
  database_damaged: "Your shop's file is damaged",
  database_newer: "Your shop's file is from a newer equipflow",
  not_equipflow: "This file is not an equipflow shop",
};

/** Why the shop's own database did not open, with Rust's words on what to do, and a way to try again. */
function OpenProblem({ problem, onOpened }: { problem: AppError; onOpened: (shop: ShopView) => void }) {
  const [trying, setTrying] = useState(false);
  const [error, setError] = useState<AppError>(problem);

  async function retry() {
    setTrying(true);
    const answer = await call(() => commands.shopSwitch("mine"));
    setTrying(false);
    if (!answer.ok) return setError(answer.error);
    onOpened(answer.data);
  }

  return (
    <div className="first-run__problem" data-problem={error.refusal ?? error.code}>
      <p className="first-run__problem-title">
        {(error.refusal && PROBLEM_TITLES[error.refusal]) ?? "Your shop's database did not open"}
      </p>
      <p className="first-run__choice-text" role="alert">
        {error.message}
      </p>
      <p className="first-run__choice-text">Nothing in the file was changed.</p>
      <button type="button" className="button" data-action="retry-mine" disabled={trying} onClick={() => void retry()}>
        {trying ? "Opening…" : "Try again"}
      </button>
    </div>
  );
}

/**
 * The first run: set up the shop's own (empty) database, or explore the demo
 * in a file of its own. When the shop's own file would not open, it says why
 * in place of the setup.
 */
export function FirstRun({ onOpened, problem = null }: { onOpened: (shop: ShopView) => void; problem?: AppError | null }) {
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  async function openDemo() {
    setOpening(true);
    const answer = await call(() => commands.shopSwitch("demo"));
    setOpening(false);
    if (!answer.ok) return setError(answer.error);
    onOpened(answer.data);
  }

  return (
    <main className="first-run" data-screen="first-run">
      <header className="first-run__header">
        <span className="app-header__mark" aria-hidden="true" />
        <h1 className="first-run__title">Welcome to equipflow</h1>
        <p className="first-run__lead">
          Take every order item of your shop from intake to completion. Start with your own shop, or look around a
          demo shop first: the two never share a file.
        </p>
      </header>
      <div className="first-run__choices">
        <section className="first-run__choice" aria-labelledby="first-run-mine" data-choice="mine">
          <h2 className="first-run__choice-title" id="first-run-mine">
            {problem ? "Open my shop" : "Set up my shop"}
          </h2>
          {problem ? (
            <OpenProblem problem={problem} onOpened={onOpened} />
          ) : (
            <>
              <p className="first-run__choice-text">
                Starts empty. A checklist on the board walks you through products, services, stock, customers, people
                and vans.
              </p>
              <SetupForm onOpened={onOpened} autoFocus />
            </>
          )}
        </section>
        <section className="first-run__choice" aria-labelledby="first-run-demo" data-choice="demo">
          <h2 className="first-run__choice-title" id="first-run-demo">
            Explore the demo shop
          </h2>
          <p className="first-run__choice-text">
            A made-up shop with sixty orders at every decision point, resources and stock. Try anything: your own data
            is never touched, and you can set up your shop from the navigation rail at any time.
          </p>
          <button
            type="button"
            className="button"
            data-action="explore-demo"
            disabled={opening}
            onClick={() => void openDemo()}
          >
            {opening ? "Opening the demo…" : "Explore the demo shop"}
          </button>
          <FieldError error={error} />
        </section>
      </div>
    </main>
  );
}
