import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type CatalogView_Serialize, commands } from "../bindings";
import { decimalText } from "../people";
import { FieldError } from "../shell/FieldError";
import { CatalogEditor } from "./CatalogEditor";
import {
  draftFromService,
  emptyServiceDraft,
  KIND_LABELS,
  KINDS,
  OFFER_LABELS,
  OFFERS,
  type ServiceDraft,
  type ServiceErrorPlace,
  serviceErrorPlace,
  serviceInput,
  type ServiceView,
} from "./catalogDraft";
import { useEntryEditor } from "./useEntryEditor";

type ServiceFormProps = {
  /** The stored service (latest version seen), or null for a new one. */
  service: ServiceView | null;
  catalog: CatalogView_Serialize;
  onCreated: (id: number, name: string) => void;
  onClose: () => void;
};

export function ServiceForm({ service, catalog, onCreated, onClose }: ServiceFormProps) {
  const { t } = useTranslation();
  const { draft, edit, error, place, at, invalid, editorProps } = useEntryEditor({
    stored: service,
    empty: emptyServiceDraft,
    fromStored: draftFromService,
    toInput: serviceInput,
    placeOf: serviceErrorPlace,
    create: commands.catalogServiceCreate,
    update: commands.catalogServiceUpdate,
    onCreated: (id, input) => onCreated(id, input.name.trim()),
  });
  const [adding, setAdding] = useState({ prerequisite: "", link: "" });
  const is = (...ats: ServiceErrorPlace["at"][]) => (p: ServiceErrorPlace) => ats.includes(p.at);
  const itemError = (kind: "prerequisite" | "link" | "specKey", index: number) =>
    place?.at === kind && "index" in place && place.index === index ? error : null;

  const others = catalog.services.filter((s) => s.id !== service?.id);
  const nameOf = (sid: number) => catalog.services.find((s) => s.id === sid)?.name ?? `Service ${sid}`;
  const offerable = (taken: number[]) => others.filter((s) => !s.archived && !taken.includes(s.id));
  const specKeys = draft.productCategory ? (catalog.specKeys[draft.productCategory] ?? []) : [];
  const shownKeys = [...new Set([...specKeys, ...draft.requiredSpecKeys])];

  return (
    <CatalogEditor
      entry="service"
      stored={service}
      title={service ? t("resources.edit", { name: service.name }) : t("catalog.newService")}
      sub={
        service?.archived
          ? t("catalog.serviceArchivedHint")
          : t("catalog.serviceHint")
      }
      formError={at("form")}
      archiveError={at("archived")}
      {...editorProps}
      onClose={onClose}
    >
        <div className="catalog-form__row">
          <label className="cat-field cat-field--code">
            <span className="cat-field__label">{t("catalog.code")}</span>
            <input
              className="field field--mono"
              name="code"
              value={draft.code}
              placeholder={t("catalog.codePlaceholder")}
              aria-invalid={invalid("code")}
              onChange={(e) => edit({ code: e.target.value }, is("code"))}
            />
            <FieldError error={at("code")} />
          </label>
          <label className="cat-field cat-field--grow">
            <span className="cat-field__label">{t("catalog.name")}</span>
            <input
              className="field"
              name="name"
              value={draft.name}
              placeholder={t("catalog.serviceNamePlaceholder")}
              aria-invalid={invalid("name")}
              onChange={(e) => edit({ name: e.target.value }, is("name"))}
            />
            <FieldError error={at("name")} />
          </label>
        </div>

        <div className="catalog-form__row">
          <label className="cat-field cat-field--grow">
            <span className="cat-field__label">{t("resources.kindLabel")}</span>
            <select
              className="field"
              name="kind"
              value={draft.kind}
              onChange={(e) => edit({ kind: e.target.value as ServiceDraft["kind"] }, is("kind"))}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
            <FieldError error={at("kind")} />
          </label>
          <label className="cat-field cat-field--grow">
            <span className="cat-field__label">{t("catalog.offerLabel")}</span>
            <select
              className="field"
              name="offerType"
              value={draft.offerType}
              onChange={(e) => edit({ offerType: e.target.value as ServiceDraft["offerType"] }, is("offerType"))}
            >
              {OFFERS.map((o) => (
                <option key={o} value={o}>
                  {OFFER_LABELS[o]}
                </option>
              ))}
            </select>
          </label>
          <label className="cat-field cat-field--grow">
            <span className="cat-field__label">{t("catalog.productCategory")}</span>
            <select
              className="field"
              name="productCategory"
              value={draft.productCategory}
              aria-invalid={invalid("productCategory")}
              onChange={(e) =>
                edit({ productCategory: e.target.value, requiredSpecKeys: [] }, is("productCategory", "requiredSpecKeys", "specKey"))
              }
            >
              <option value="">{t("catalog.noCategory")}</option>
              {catalog.categories.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        </div>
        <FieldError error={at("productCategory")} />

        <div className="catalog-form__row">
          <label className="cat-field cat-field--money">
            <span className="cat-field__label">{t("catalog.oneTimeIn", { currency: catalog.currency })}</span>
            <input
              className="field field--num"
              name="oneTime"
              value={draft.oneTime}
              placeholder={decimalText(0, 2)}
              inputMode="decimal"
              aria-invalid={invalid("oneTime")}
              onChange={(e) => edit({ oneTime: e.target.value }, is("oneTime"))}
            />
            <FieldError error={at("oneTime")} />
          </label>
          <label className="cat-field cat-field--money">
            <span className="cat-field__label">{t("catalog.monthlyIn", { currency: catalog.currency })}</span>
            <input
              className="field field--num"
              name="monthly"
              value={draft.monthly}
              placeholder={decimalText(0, 2)}
              inputMode="decimal"
              aria-invalid={invalid("monthly")}
              onChange={(e) => edit({ monthly: e.target.value }, is("monthly"))}
            />
            <FieldError error={at("monthly")} />
          </label>
        </div>

        <fieldset className="cat-field">
          <legend className="cat-field__label">{t("catalog.terms")}</legend>
          <div className="catalog-form__checks">
            {(
              [
                ["recurring", t("catalog.recurring")],
                ["requiresApproval", t("catalog.requiresApproval")],
                ["needsTechnician", t("catalog.needsTechnician")],
              ] as const
            ).map(([key, label]) => (
              <label key={key} className="check">
                <input
                  type="checkbox"
                  name={key}
                  checked={draft[key]}
                  onChange={(e) => edit({ [key]: e.target.checked }, is("monthly"))}
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset className="cat-field">
          <legend className="cat-field__label">{t("catalog.requiredSpecs")}</legend>
          {shownKeys.length === 0 ? (
            <p className="catalog-form__hint">
              {draft.productCategory
                ? t("catalog.noSpecsYet")
                : t("catalog.chooseCategory")}
            </p>
          ) : (
            <div className="catalog-form__checks">
              {shownKeys.map((k) => {
                const i = draft.requiredSpecKeys.indexOf(k);
                return (
                  <label key={k} className="check">
                    <input
                      type="checkbox"
                      name="requiredSpecKey"
                      value={k}
                      checked={i >= 0}
                      aria-invalid={i >= 0 && itemError("specKey", i) ? true : undefined}
                      onChange={(e) =>
                        edit(
                          {
                            requiredSpecKeys: e.target.checked
                              ? [...draft.requiredSpecKeys, k]
                              : draft.requiredSpecKeys.filter((x) => x !== k),
                          },
                          is("requiredSpecKeys", "specKey"),
                        )
                      }
                    />
                    <span className="mono">{k}</span>
                  </label>
                );
              })}
            </div>
          )}
          <FieldError error={at("requiredSpecKeys", "specKey")} />
        </fieldset>

        <fieldset className="cat-field">
          <legend className="cat-field__label">{t("catalog.basicServicesTitle")}</legend>
          <ul className="catalog-links">
            {draft.prerequisites.map((sid, i) => (
              <li key={sid} className="catalog-links__row" data-prerequisite={sid}>
                <span className="catalog-links__name">{nameOf(sid)}</span>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={t("catalog.removeBasic", { name: nameOf(sid) })}
                  onClick={() => edit({ prerequisites: draft.prerequisites.filter((x) => x !== sid) }, is("prerequisites", "prerequisite"))}
                >
                  {t("catalog.remove")}
                </button>
                <FieldError error={itemError("prerequisite", i)} className="refusal catalog-links__error" />
              </li>
            ))}
          </ul>
          <AddService
            label={t("catalog.addBasic")}
            name="addPrerequisite"
            choices={offerable(draft.prerequisites)}
            value={adding.prerequisite}
            onValue={(v) => setAdding((a) => ({ ...a, prerequisite: v }))}
            onAdd={(sid) => {
              edit({ prerequisites: [...draft.prerequisites, sid] }, is("prerequisites"));
              setAdding((a) => ({ ...a, prerequisite: "" }));
            }}
          />
          <FieldError error={at("prerequisites")} />
        </fieldset>

        <fieldset className="cat-field">
          <legend className="cat-field__label">{t("catalog.linkedServicesTitle")}</legend>
          <ul className="catalog-links">
            {draft.links.map((l, i) => (
              <li key={l.serviceId} className="catalog-links__row" data-link={l.serviceId}>
                <span className="catalog-links__name">{nameOf(l.serviceId)}</span>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={l.mandatory}
                    onChange={(e) =>
                      edit(
                        { links: draft.links.map((x, j) => (j === i ? { ...x, mandatory: e.target.checked } : x)) },
                        is("links", "link"),
                      )
                    }
                  />
                  {t("catalog.mandatory")}
                </label>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={t("catalog.removeLinked", { name: nameOf(l.serviceId) })}
                  onClick={() => edit({ links: draft.links.filter((_, j) => j !== i) }, is("links", "link"))}
                >
                  {t("catalog.remove")}
                </button>
                <FieldError error={itemError("link", i)} className="refusal catalog-links__error" />
              </li>
            ))}
          </ul>
          <AddService
            label={t("catalog.addLinked")}
            name="addLink"
            choices={offerable(draft.links.map((l) => l.serviceId))}
            value={adding.link}
            onValue={(v) => setAdding((a) => ({ ...a, link: v }))}
            onAdd={(sid) => {
              edit({ links: [...draft.links, { serviceId: sid, mandatory: false }] }, is("links"));
              setAdding((a) => ({ ...a, link: "" }));
            }}
          />
          <p className="catalog-form__hint">{t("catalog.mandatoryHint")}</p>
          <FieldError error={at("links")} />
        </fieldset>

    </CatalogEditor>
  );
}

type AddServiceProps = {
  label: string;
  name: string;
  choices: ServiceView[];
  value: string;
  onValue: (value: string) => void;
  onAdd: (serviceId: number) => void;
};

/** A select of the services still to add, and its Add button. */
function AddService({ label, name, choices, value, onValue, onAdd }: AddServiceProps) {
  const { t } = useTranslation();
  return (
    <div className="catalog-links__add">
      <select className="field" name={name} aria-label={label} value={value} onChange={(e) => onValue(e.target.value)}>
        <option value="">{label}…</option>
        {choices.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} ({s.code})
          </option>
        ))}
      </select>
      <button type="button" className="button button--small" disabled={value === ""} onClick={() => onAdd(Number(value))}>
        {t("resources.add")}
      </button>
    </div>
  );
}
