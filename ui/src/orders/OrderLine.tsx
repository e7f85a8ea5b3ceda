import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { LineFit, ServiceRef } from "../bindings";
import type { FieldWiring } from "./fieldWiring";
import { LabelledField } from "./LabelledField";
import { LineFitView } from "./LineFitView";
import { chooseService, KIND_LABELS, type LineDraft, OFFER_LABELS, servicesByKind, TRANSACTION_TYPES } from "./orderForm";
import { SpecField } from "./SpecField";

type OrderLineProps = {
  id: string;
  line: LineDraft;
  index: number;
  services: ServiceRef[];
  service: ServiceRef | undefined;
  /** Rust's fit of the line's specs so far; none before it answers. */
  fit: LineFit | undefined;
  /** Submit was pressed with a required spec missing: say so beside the line. */
  warnMissing: boolean;
  canRemove: boolean;
  fields: FieldWiring;
  onChange: (control: string, change: (l: LineDraft) => LineDraft) => void;
  onRemove: () => void;
  onAddSpec: () => void;
  onRemoveSpec: (rowId: number) => void;
};

/** One line of the order: a catalog service, its quantity and type, and the specs it asks for. */
export function OrderLine({
  id,
  line,
  index,
  services,
  service,
  fit,
  warnMissing,
  canRemove,
  fields,
  onChange,
  onRemove,
  onAddSpec,
  onRemoveSpec,
}: OrderLineProps) {
  const { t } = useTranslation();
  const n = index + 1;
  const base = `${id}-line-${line.id}`;
  const groups = useMemo(() => servicesByKind(services), [services]);
  const required = service?.requiredSpecs ?? [];

  return (
    <li className="order-line" data-line={n} aria-label={t("order.line", { n })}>
      <div className="order-line__head">
        <span className="order-line__number" aria-hidden="true">
          {n}
        </span>
        <div className="order-line__main">
          <LabelledField label={t("order.service")} htmlFor={`${base}-service`} error={fields.beside(`line:${line.id}:service`)} className="order-line__service">
            <select
              id={`${base}-service`}
              className="field"
              value={line.serviceId}
              onChange={(e) =>
                onChange(`line:${line.id}:service`, (l) => chooseService(l, services.find((s) => String(s.id) === e.target.value)))
              }
              {...fields.wire(`line:${line.id}:service`)}
            >
              <option value="">{t("order.chooseService")}</option>
              {groups.map((g) => (
                <optgroup key={g.kind} label={KIND_LABELS[g.kind]}>
                  {g.services.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name} · {OFFER_LABELS[s.offerType]}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </LabelledField>
          <LabelledField label={t("order.quantity")} htmlFor={`${base}-qty`} error={fields.beside(`line:${line.id}:quantity`)} className="order-line__qty">
            <input
              id={`${base}-qty`}
              className="field"
              inputMode="numeric"
              value={line.quantity}
              onChange={(e) => onChange(`line:${line.id}:quantity`, (l) => ({ ...l, quantity: e.target.value }))}
              {...fields.wire(`line:${line.id}:quantity`)}
            />
          </LabelledField>
          <LabelledField label={t("order.type")} htmlFor={`${base}-type`} error={fields.beside(`line:${line.id}:type`)} className="order-line__type">
            <select
              id={`${base}-type`}
              className="field"
              value={line.transactionType}
              onChange={(e) =>
                onChange(`line:${line.id}:type`, (l) => ({ ...l, transactionType: e.target.value as LineDraft["transactionType"] }))
              }
              {...fields.wire(`line:${line.id}:type`)}
            >
              {TRANSACTION_TYPES.map((type) => (
                <option key={type.value} value={type.value}>
                  {type.label}
                </option>
              ))}
            </select>
          </LabelledField>
        </div>
        <button
          type="button"
          className="button button--quiet order-line__remove"
          onClick={onRemove}
          disabled={!canRemove}
          aria-label={t("order.removeLine", { n })}
          title={canRemove ? t("order.removeLine", { n }) : t("order.needsALine")}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>

      {service?.requiresApproval && (
        <p className="order-line__note">
          <span className="badge order-line__badge">{t("order.approvalBadge")}</span> {t("order.needsApproval", { name: service.name })}
        </p>
      )}

      <fieldset className="order-line__specs" {...fields.wire(`line:${line.id}:specs`)} tabIndex={-1}>
        <legend className="order-form__label">
          {required.length > 0 ? t("catalog.specs") : t("order.requestedSpecs")}{" "}
          <span className="order-form__optional">
            {required.length > 0 ? t("order.pickedForYou", { name: service?.name ?? "" }) : t("order.specsExample")}
          </span>
        </legend>
        {required.length > 0 && (
          <div className="spec-fields">
            {required.map((spec) => (
              <SpecField
                key={spec.key}
                name={spec.key}
                values={spec.values}
                value={line.required[spec.key] ?? ""}
                onChange={(value) =>
                  onChange(`line:${line.id}:spec:${spec.key}`, (l) => ({ ...l, required: { ...l.required, [spec.key]: value } }))
                }
                wire={fields.wire(`line:${line.id}:spec:${spec.key}`)}
                error={fields.beside(`line:${line.id}:spec:${spec.key}`)}
              />
            ))}
          </div>
        )}
        {fit && <LineFitView n={n} fit={fit} warnMissing={warnMissing} />}
        {line.specs.length > 0 && (
          <ul className="spec-rows">
            {line.specs.map((row, i) => (
              <li key={row.id} className="spec-row">
                <input
                  className="field spec-row__key"
                  aria-label={t("order.specName", { n, i: i + 1 })}
                  placeholder={t("order.specNamePlaceholder")}
                  autoComplete="off"
                  spellCheck={false}
                  value={row.key}
                  onChange={(e) =>
                    onChange(`spec:${row.id}:value`, (l) => ({
                      ...l,
                      specs: l.specs.map((s) => (s.id === row.id ? { ...s, key: e.target.value } : s)),
                    }))
                  }
                  data-field={`spec:${row.id}:key`}
                />
                <span className="spec-row__eq" aria-hidden="true">
                  =
                </span>
                <input
                  className="field spec-row__value"
                  aria-label={t("order.specValue", { n, i: i + 1 }) + (row.key.trim() ? ` (${row.key.trim()})` : "")}
                  placeholder={t("order.specValuePlaceholder")}
                  autoComplete="off"
                  spellCheck={false}
                  value={row.value}
                  onChange={(e) =>
                    onChange(`spec:${row.id}:value`, (l) => ({
                      ...l,
                      specs: l.specs.map((s) => (s.id === row.id ? { ...s, value: e.target.value } : s)),
                    }))
                  }
                  onKeyDown={(e) => {
                    if (e.key === "Enter" && !e.ctrlKey && !e.metaKey && i === line.specs.length - 1) onAddSpec();
                  }}
                  {...fields.wire(`spec:${row.id}:value`)}
                />
                <button
                  type="button"
                  className="button button--quiet spec-row__remove"
                  onClick={() => onRemoveSpec(row.id)}
                  aria-label={t("order.removeSpec", { n, i: i + 1 })}
                >
                  <span aria-hidden="true">✕</span>
                </button>
                {fields.beside(`spec:${row.id}:value`)}
              </li>
            ))}
          </ul>
        )}
        <div className="spec-rows__tools">
          <button type="button" className="button button--quiet spec-rows__add" data-field={`line:${line.id}:add-spec`} onClick={() => onAddSpec()}>
            <span aria-hidden="true">＋</span> {required.length > 0 ? t("order.addAnotherSpec") : t("order.addSpec")}
          </button>
        </div>
        {fields.beside(`line:${line.id}:specs`)}
      </fieldset>
    </li>
  );
}
