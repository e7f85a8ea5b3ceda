import { useState } from "react";
import { type AppError, commands } from "../bindings";
import { call } from "../ipc";
import { FieldError } from "../shell/FieldError";
import { SetupForm } from "./SetupForm";
import type { ShopView } from "./useShop";
import "./shop.css";

/** The first run: set up the shop's own (empty) database, or explore the demo in a file of its own. */
export function FirstRun({ onOpened }: { onOpened: (shop: ShopView) => void }) {
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
            Set up my shop
          </h2>
          <p className="first-run__choice-text">
            Starts empty. A checklist on the board walks you through products, services, stock, customers, people and
            vans.
          </p>
          <SetupForm onOpened={onOpened} autoFocus />
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
