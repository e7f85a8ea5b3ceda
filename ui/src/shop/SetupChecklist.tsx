import { useState } from "react";
import { useTranslation } from "react-i18next";
import { commands, type SetupChecklist as Checklist, type SetupStepKey } from "../bindings";
import { call } from "../ipc";
import { useScreenLoad } from "../shell/useScreenLoad";
import { isViewKey, type ViewKey } from "../shell/views";
import "./shop.css";

/** The screen where each step is done, by screen id; a step whose screen is not there yet shows no link. */
const STEP_SCREENS: Record<SetupStepKey, string> = {
  services: "catalog",
  products: "catalog",
  stock: "stock",
  customers: "customers",
  people: "resources",
  vans: "resources",
};

function screenOf(step: SetupStepKey): ViewKey | null {
  const id = STEP_SCREENS[step];
  return isViewKey(id) ? id : null;
}

/** A new shop's first steps, ticked from Rust's counts; nothing once every step is done. */
export function SetupChecklist({ onOpenView }: { onOpenView?: (view: ViewKey) => void }) {
  const { t } = useTranslation();
  const [list, setList] = useState<Checklist | null>(null);
  useScreenLoad(
    () => call(() => commands.shopChecklist()),
    (answer) => {
      if (answer.ok) setList(answer.data);
    },
  );
  if (!list || list.complete) return null;
  const done = list.steps.filter((s) => s.done).length;

  return (
    <section className="setup-checklist" aria-labelledby="setup-checklist-title" data-checklist>
      <div className="setup-checklist__head">
        <h2 className="setup-checklist__title" id="setup-checklist-title">
          {t("setup.title")}
        </h2>
        <span className="setup-checklist__progress">
          {t("setup.progress", { done, all: list.steps.length })}
        </span>
      </div>
      <ol className="setup-checklist__steps">
        {list.steps.map((step) => {
          const screen = screenOf(step.key);
          return (
            <li
              key={step.key}
              className={`setup-step${step.done ? " setup-step--done" : ""}`}
              data-step={step.key}
              data-done={step.done}
            >
              <span className="setup-step__mark" aria-hidden="true">
                {step.done ? "✓" : ""}
              </span>
              <span className="setup-step__text">
                <span className="setup-step__label">
                  {screen && onOpenView ? (
                    <button type="button" className="setup-step__link" onClick={() => onOpenView(screen)}>
                      {step.label}
                    </button>
                  ) : (
                    step.label
                  )}
                  <span className="visually-hidden">{step.done ? t("setup.done") : t("setup.toDo")}</span>
                </span>
                <span className="setup-step__hint">
                  {step.done ? t("setup.soFar", { count: step.count }) : step.hint}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
