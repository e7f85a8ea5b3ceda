import { useMemo } from "react";
import { Trans, useTranslation } from "react-i18next";
import type { AppError, LineFit, ReferenceData } from "../bindings";
import { DateField } from "../shell/DateField";
import { FieldError } from "../shell/FieldError";
import type { FieldWiring } from "./fieldWiring";
import { FormSection } from "./FormSection";
import { LabelledField } from "./LabelledField";
import { chooseAddress, chooseCustomer, type OrderDraft } from "./orderForm";
import { OrderLine } from "./OrderLine";
import type { OrderEdits } from "./useOrderDraft";

type OrderFormProps = {
  /** Prefix of the controls' ids. */
  id: string;
  /** What the form offers: customers with their recipients, the catalog's services. */
  reference: ReferenceData;
  draft: OrderDraft;
  /** Rust's fit of each line so far, by line id. */
  fits: ReadonlyMap<number, LineFit>;
  /** Submit was pressed with a required spec missing: lines say which, and the button sends anyway. */
  warnMissing: boolean;
  edit: OrderEdits;
  fields: FieldWiring;
  /** Rust's refusal the form could not place beside a control. */
  formError: AppError | null;
  submitting: boolean;
  /** The person asked to close with typed input: ask before discarding it. */
  confirmDiscard: boolean;
  onKeepEditing: () => void;
  onDiscard: () => void;
  onCancel: () => void;
  onSubmit: () => void;
};

/** The window's two dates, each typed in the desk's order. */
const WINDOW = [
  ["order.from", "windowStart"],
  ["order.until", "windowEnd"],
] as const;

/** The New order form: customer, recipient, lines from the catalog with specs, window and address. */
export function OrderForm({
  id,
  reference: data,
  draft,
  fits,
  warnMissing,
  edit,
  fields,
  formError,
  submitting,
  confirmDiscard,
  onKeepEditing,
  onDiscard,
  onCancel,
  onSubmit,
}: OrderFormProps) {
  const { t } = useTranslation();
  const customer = data.customers.find((c) => String(c.id) === draft.customerId);
  const services = useMemo(() => new Map(data.services.map((s) => [String(s.id), s])), [data]);
  const missing = warnMissing && draft.lines.some((l) => (fits.get(l.id)?.missing.length ?? 0) > 0);

  return (
    <form
      className="order-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      onKeyDown={(e) => {
        // Enter in a box does not send the order by accident; Ctrl+Enter does.
        if (e.key === "Enter" && !e.ctrlKey && !e.metaKey && e.target instanceof HTMLInputElement) e.preventDefault();
      }}
    >
      <div className="order-form__body">
        <FormSection title={t("order.who")}>
          <div className="order-form__grid order-form__grid--2">
            <LabelledField label={t("order.customer")} htmlFor={`${id}-customer`} error={fields.beside("customer")}>
              <select
                id={`${id}-customer`}
                className="field"
                value={draft.customerId}
                onChange={(e) =>
                  edit.update(["customer", "recipient", "address.line1", "address.postalCode", "address.city", "address.countryCode", "address.addition"], (d) =>
                    chooseCustomer(d, data.customers, e.target.value),
                  )
                }
                {...fields.wire("customer")}
              >
                <option value="">{t("order.chooseCustomer")}</option>
                {data.customers.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </LabelledField>
            <LabelledField label={t("order.recipient")} htmlFor={`${id}-recipient`} error={fields.beside("recipient")}>
              <select
                id={`${id}-recipient`}
                className="field"
                value={draft.recipientId}
                disabled={!customer}
                onChange={(e) => edit.update("recipient", (d) => ({ ...d, recipientId: e.target.value }))}
                {...fields.wire("recipient")}
              >
                <option value="">{customer ? t("order.chooseRecipient") : t("order.customerFirst")}</option>
                {customer?.recipients.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            </LabelledField>
          </div>
        </FormSection>

        <FormSection
          title={t("order.items")}
          aside={<span className="order-form__count">{t("order.lines", { count: draft.lines.length })}</span>}
        >
          {fields.beside("items")}
          <ol className="order-lines">
            {draft.lines.map((line, index) => (
              <OrderLine
                key={line.id}
                id={id}
                line={line}
                index={index}
                services={data.services}
                service={services.get(line.serviceId)}
                fit={fits.get(line.id)}
                warnMissing={warnMissing}
                canRemove={draft.lines.length > 1}
                fields={fields}
                onChange={(control, change) => edit.updateLine(line.id, control, change)}
                onRemove={() => edit.removeLine(line.id)}
                onAddSpec={() => edit.addSpec(line.id)}
                onRemoveSpec={(rowId) => edit.removeSpec(line, rowId)}
              />
            ))}
          </ol>
          <button type="button" className="button order-form__add-line" data-field="add-line" onClick={edit.addLine}>
            <span aria-hidden="true">＋</span> {t("order.addLine")}
          </button>
        </FormSection>

        <FormSection title={t("order.whenWhere")}>
          <div className="order-form__grid order-form__grid--window">
            {WINDOW.map(([label, key]) => (
              <DateField
                key={key}
                label={t(label)}
                className="order-form__field"
                labelClassName="order-form__label"
                value={draft[key]}
                onChange={(day) => edit.update(key, (d) => ({ ...d, [key]: day }))}
                {...fields.wire(key)}
              >
                {fields.beside(key)}
              </DateField>
            ))}
          </div>
          {customer && customer.addresses.length > 0 && (
            <LabelledField label={t("order.deliverTo")} htmlFor={`${id}-address`} error={null} className="order-form__deliver-to">
              <select
                id={`${id}-address`}
                className="field"
                data-field="address-choice"
                value={draft.addressId}
                onChange={(e) =>
                  edit.update(["address.line1", "address.postalCode", "address.city", "address.countryCode", "address.addition"], (d) =>
                    chooseAddress(d, customer, e.target.value),
                  )
                }
              >
                {customer.addresses.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.label}
                  </option>
                ))}
                <option value="">{t("order.anotherAddress")}</option>
              </select>
            </LabelledField>
          )}
          <div className="order-form__grid order-form__grid--address">
            <LabelledField label={t("order.street")} htmlFor={`${id}-line1`} error={fields.beside("address.line1")} className="order-form__span-3">
              <input
                id={`${id}-line1`}
                className="field"
                autoComplete="off"
                value={draft.address.line1}
                onChange={(e) => edit.setAddress("line1", e.target.value)}
                {...fields.wire("address.line1")}
              />
            </LabelledField>
            <LabelledField label={t("order.postalCode")} htmlFor={`${id}-postal`} error={fields.beside("address.postalCode")}>
              <input
                id={`${id}-postal`}
                className="field"
                autoComplete="off"
                value={draft.address.postalCode}
                onChange={(e) => edit.setAddress("postalCode", e.target.value)}
                {...fields.wire("address.postalCode")}
              />
            </LabelledField>
            <LabelledField label={t("order.city")} htmlFor={`${id}-city`} error={fields.beside("address.city")}>
              <input
                id={`${id}-city`}
                className="field"
                autoComplete="off"
                value={draft.address.city}
                onChange={(e) => edit.setAddress("city", e.target.value)}
                {...fields.wire("address.city")}
              />
            </LabelledField>
            <LabelledField label={t("order.country")} htmlFor={`${id}-country`} error={fields.beside("address.countryCode")}>
              <input
                id={`${id}-country`}
                className="field order-form__country"
                autoComplete="off"
                placeholder="AT"
                maxLength={8}
                value={draft.address.countryCode}
                onChange={(e) => edit.setAddress("countryCode", e.target.value)}
                {...fields.wire("address.countryCode")}
              />
            </LabelledField>
            <LabelledField
              label={t("order.deliveryNotes")}
              htmlFor={`${id}-addition`}
              error={fields.beside("address.addition")}
              className="order-form__span-3"
              optional
            >
              <input
                id={`${id}-addition`}
                className="field"
                autoComplete="off"
                placeholder={t("order.deliveryNotesPlaceholder")}
                value={draft.address.addition}
                onChange={(e) => edit.setAddress("addition", e.target.value)}
                {...fields.wire("address.addition")}
              />
            </LabelledField>
          </div>
        </FormSection>

        <FormSection title={t("order.note")}>
          <LabelledField label={t("order.noteForTeam")} htmlFor={`${id}-note`} error={fields.beside("note")} optional>
            <textarea
              id={`${id}-note`}
              className="field"
              rows={2}
              value={draft.note}
              onChange={(e) => edit.update("note", (d) => ({ ...d, note: e.target.value }))}
              {...fields.wire("note")}
            />
          </LabelledField>
        </FormSection>
      </div>

      <footer className="order-dialog__footer">
        <FieldError
          error={formError}
          named
          tabIndex={-1}
          data-field="form-error"
          className="order-form__error order-form__error--form"
          textClassName="order-form__error-text"
        />
        {confirmDiscard ? (
          <div className="order-dialog__confirm" role="alertdialog" aria-label={t("order.discardName")}>
            <span>{t("order.discardAsk")}</span>
            <button type="button" className="button" onClick={onKeepEditing} autoFocus>
              {t("order.keepEditing")}
            </button>
            <button type="button" className="button button--primary button--caution" onClick={onDiscard}>
              {t("order.discard")}
            </button>
          </div>
        ) : (
          <div className="order-dialog__actions">
            <span className="order-dialog__keys">
              <Trans i18nKey="order.keys" components={{ kbd: <kbd /> }} />
            </span>
            <button type="button" className="button" onClick={onCancel}>
              {t("common.cancel")}
            </button>
            <button type="submit" className="button button--primary" disabled={submitting} data-action="submit-order">
              {submitting ? t("order.submitting") : missing ? t("order.sendAnyway") : t("order.submit")}
            </button>
          </div>
        )}
      </footer>
    </form>
  );
}
