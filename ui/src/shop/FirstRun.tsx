import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppError, commands, type RefusalKind } from "../bindings";
import type { WordKey } from "../i18n";
import { call } from "../ipc";
import { FieldError } from "../shell/FieldError";
import { SetupForm } from "./SetupForm";
import type { ShopView } from "./useShop";
import "./shop.css";

/** What the first-run screen calls each way the shop's own file may not open; Rust's message says the rest. */
const PROBLEM_TITLES: Partial<Record<RefusalKind, WordKey>> = {
  database_in_use: "firstRun.problem.database_in_use",
  database_read_only: "firstRun.problem.database_read_only",
  disk_full: "firstRun.problem.disk_full",
  database_damaged: "firstRun.problem.database_damaged",
  database_newer: "firstRun.problem.database_newer",
  not_equipflow: "firstRun.problem.not_equipflow",
};

/** Why the shop's own database did not open, with Rust's words on what to do, and a way to try again. */
function OpenProblem({ problem, onOpened }: { problem: AppError; onOpened: (shop: ShopView) => void }) {
  const { t } = useTranslation();
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
        {t((error.refusal && PROBLEM_TITLES[error.refusal]) || "firstRun.problem.other")}
      </p>
      <p className="first-run__choice-text" role="alert">
        {error.message}
      </p>
      <p className="first-run__choice-text">{t("firstRun.unchanged")}</p>
      <button type="button" className="button" data-action="retry-mine" disabled={trying} onClick={() => void retry()}>
        {trying ? t("firstRun.opening") : t("firstRun.tryAgain")}
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
  const { t } = useTranslation();
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
        <h1 className="first-run__title">{t("firstRun.welcome")}</h1>
        <p className="first-run__lead">{t("firstRun.lead")}</p>
      </header>
      <div className="first-run__choices">
        <section className="first-run__choice" aria-labelledby="first-run-mine" data-choice="mine">
          <h2 className="first-run__choice-title" id="first-run-mine">
            {problem ? t("shop.openMine") : t("shop.setUpMine")}
          </h2>
          {problem ? (
            <OpenProblem problem={problem} onOpened={onOpened} />
          ) : (
            <>
              <p className="first-run__choice-text">{t("firstRun.mineText")}</p>
              <SetupForm onOpened={onOpened} autoFocus />
            </>
          )}
        </section>
        <section className="first-run__choice" aria-labelledby="first-run-demo" data-choice="demo">
          <h2 className="first-run__choice-title" id="first-run-demo">
            {t("firstRun.exploreDemo")}
          </h2>
          <p className="first-run__choice-text">{t("firstRun.demoText")}</p>
          <button
            type="button"
            className="button"
            data-action="explore-demo"
            disabled={opening}
            onClick={() => void openDemo()}
          >
            {opening ? t("firstRun.openingDemo") : t("firstRun.exploreDemo")}
          </button>
          <FieldError error={error} />
        </section>
      </div>
    </main>
  );
}
