import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type CustomerDetail, commands } from "../bindings";
import { call } from "../ipc";
import { FieldError, FormRefusal } from "../shell/FieldError";
import { SaveButtons } from "../shell/SaveButtons";
import { useFieldErrors } from "../shell/useFieldErrors";
import { type CustomerDraft, customerDraft, emptyCustomer, partErrorPlace, sameDraft } from "./customerDraft";

type CustomerFormProps = {
  /** The stored customer (latest version seen), or null for a new one. */
  customer: CustomerDetail | null;
  /** Rust's answer: the customer as it now is. */
  onSaved: (customer: CustomerDetail, created: boolean) => void;
  onClose: () => void;
};

/** A customer's number, name and the marks the rules read; for a new customer, or the one shown. */
export function CustomerForm({ customer, onSaved, onClose }: CustomerFormProps) {
  const { t } = useTranslation();
  const [base, setBase] = useState<CustomerDetail | null>(customer);
  const [draft, setDraft] = useState<CustomerDraft>(() => (customer ? customerDraft(customer) : emptyCustomer));
  const { setError, at, invalid, clearIf } = useFieldErrors(partErrorPlace);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const id = useId();
  const dirty = base ? !sameDraft(draft, customerDraft(base)) : true;

  // A newer version arrived (saved here, archived, or at another desk): follow it unless the person is typing.
  useEffect(() => {
    if (!customer || !base || customer.version <= base.version || dirty) return;
    setBase(customer);
    setDraft(customerDraft(customer));
  }, [customer, base, dirty]);

  function edit(change: Partial<CustomerDraft>) {
    setDraft((d) => ({ ...d, ...change }));
    setSaved(false);
    clearIf((p) => Object.keys(change).includes(p.at));
  }

  async function save() {
    setSaving(true);
    setSaved(false);
    const answer = await call(() =>
      customer && base ? commands.customerUpdate(customer.id, base.version, draft) : commands.customerCreate(draft),
    );
    setSaving(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setBase(answer.data);
    setDraft(customerDraft(answer.data));
    setSaved(true);
    onSaved(answer.data, customer === null);
  }

  return (
    <section className="customer-form" aria-labelledby={`${id}-title`} data-editor={customer ? `customer-${customer.id}` : "new"}>
      <header className="customer-form__header">
        <div>
          <h2 className="customer-form__title" id={`${id}-title`}>
            {customer ? t("customers.details") : t("customers.new")}
          </h2>
          <p className="customer-form__sub">{t("customers.marksHint")}</p>
        </div>
        {!customer && (
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t("common.close")}
          </button>
        )}
      </header>
      <form
        className="customer-form__body"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <FormRefusal
          className="customer-form__banner"
          error={at("form")}
          onLoadLatest={
            customer &&
            (() => {
              setBase(customer);
              setDraft(customerDraft(customer));
              setError(null);
            })
          }
        />
        <div className="customer-form__row">
          <label className="cust-field cust-field--number">
            <span className="cust-field__label">{t("customers.customerNumber")}</span>
            <input
              className="field"
              name="number"
              value={draft.number}
              placeholder={t("customers.numberPlaceholder")}
              aria-invalid={invalid("number")}
              autoFocus={!customer}
              onChange={(e) => edit({ number: e.target.value })}
            />
            <FieldError error={at("number")} />
          </label>
          <label className="cust-field cust-field--grow">
            <span className="cust-field__label">{t("catalog.name")}</span>
            <input
              className="field"
              name="name"
              value={draft.name}
              placeholder={t("customers.namePlaceholder")}
              aria-invalid={invalid("name")}
              onChange={(e) => edit({ name: e.target.value })}
            />
            <FieldError error={at("name")} />
          </label>
        </div>
        <div className="customer-form__row">
          <label className="cust-check">
            <input type="checkbox" name="isNew" checked={draft.isNew} onChange={(e) => edit({ isNew: e.target.checked })} />
            {t("customers.newCustomer")}
          </label>
          <label className="cust-check">
            <input type="checkbox" name="flagged" checked={draft.flagged} onChange={(e) => edit({ flagged: e.target.checked })} />
            {t("customers.flagged")}
          </label>
        </div>
        <div className="customer-form__actions">
          {base && <span className="customer-form__version">{t("rules.version", { version: base.version })}</span>}
          <span className="customer-form__spacer" />
          <SaveButtons
            prefix="customer-form"
            saving={saving}
            saved={saved}
            dirty={dirty}
            onDiscard={
              customer && dirty && base
                ? () => {
                    setDraft(customerDraft(base));
                    setError(null);
                  }
                : null
            }
            label={customer ? t("resources.save") : t("customers.create")}
          />
        </div>
      </form>
    </section>
  );
}
