import { useTranslation } from "react-i18next";
import type { AppError, RuleView } from "../bindings";
import { ACTION_LABELS, conditionsText } from "./ruleText";

type RuleListProps = {
  rules: RuleView[];
  selectedId: number | null;
  /** Rules whose switch is waiting for Rust. */
  busy: ReadonlySet<number>;
  /** Rust's refusal of the last switch, per rule. */
  toggleErrors: ReadonlyMap<number, AppError>;
  onSelect: (id: number) => void;
  onToggle: (rule: RuleView) => void;
};

export function RuleList({ rules, selectedId, busy, toggleErrors, onSelect, onToggle }: RuleListProps) {
  const { t } = useTranslation();
  if (rules.length === 0) {
    return <p className="rules-list__empty">{t("rules.none")}</p>;
  }
  return (
    <ul className="rules-list" aria-label={t("rules.view")}>
      {rules.map((r) => {
        const error = toggleErrors.get(r.id);
        const selected = r.id === selectedId;
        return (
          <li
            key={r.id}
            className={`rule-row${selected ? " rule-row--selected" : ""}${r.spec.enabled ? "" : " rule-row--off"}`}
            data-rule-id={r.id}
            data-enabled={r.spec.enabled}
          >
            <button
              type="button"
              className="rule-row__main"
              aria-current={selected ? "true" : undefined}
              onClick={() => onSelect(r.id)}
            >
              <span className="rule-row__top">
                <span className="rule-row__dp" title={t("rules.d1Hint")}>
                  D1
                </span>
                <span className="rule-row__name">{r.spec.name}</span>
              </span>
              <span className="rule-row__summary">
                <span className="rule-row__if">{t("rules.ifCapital")}</span> {conditionsText(r.spec.combinator, r.spec.conditions)}
              </span>
              <span className="rule-row__then">
                <span className={`rule-action rule-action--${r.spec.action}`}>{ACTION_LABELS[r.spec.action]}</span>
                {r.spec.description && <span className="rule-row__description">{r.spec.description}</span>}
              </span>
            </button>
            <Switch
              on={r.spec.enabled}
              busy={busy.has(r.id)}
              label={t("rules.nameEnabled", { name: r.spec.name })}
              onChange={() => onToggle(r)}
            />
            {error && (
              <p className="refusal rule-row__error" role="alert" data-error-code={error.code}>
                {error.message}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

type SwitchProps = { on: boolean; busy?: boolean; label: string; onChange: () => void };

export function Switch({ on, busy = false, label, onChange }: SwitchProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      aria-label={label}
      aria-busy={busy || undefined}
      className={`switch${on ? " switch--on" : ""}`}
      disabled={busy}
      onClick={onChange}
      data-rule-toggle=""
    >
      <span className="switch__track" aria-hidden="true">
        <span className="switch__thumb" />
      </span>
      <span className="switch__text">{on ? t("rules.on") : t("rules.off")}</span>
    </button>
  );
}
