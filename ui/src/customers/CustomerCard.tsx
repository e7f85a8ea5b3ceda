import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppError, type CustomerDetail, type CustomerPart, commands } from "../bindings";
import { i18n } from "../i18n";
import { call } from "../ipc";
import { FieldError } from "../shell/FieldError";
import { CustomerForm } from "./CustomerForm";
import { HoldingsSection } from "./HoldingsSection";
import {
  type AddressDraft,
  addressDraft,
  addressLine,
  emptyAddress,
  emptyPerson,
  type PersonDraft,
  personDraft,
} from "./customerDraft";
import { type PartField, PartDialog } from "./PartDialog";

const PERSON_FIELDS: PartField<PersonDraft>[] = [
  { key: "name", get label() { return i18n.t("catalog.name"); }, get placeholder() { return i18n.t("customers.personPlaceholder"); }, wide: true },
  { key: "email", get label() { return i18n.t("customers.email"); }, placeholder: "name@example.com", inputMode: "email" },
  { key: "phone", get label() { return i18n.t("planner.phone"); }, placeholder: "+43 316 80 40", inputMode: "tel" },
];

const ADDRESS_FIELDS: PartField<AddressDraft>[] = [
  { key: "line1", get label() { return i18n.t("order.street"); }, get placeholder() { return i18n.t("customers.streetPlaceholder"); }, wide: true },
  { key: "postalCode", get label() { return i18n.t("order.postalCode"); }, placeholder: "8010" },
  { key: "city", get label() { return i18n.t("order.city"); }, placeholder: "Graz" },
  { key: "countryCode", get label() { return i18n.t("customers.countryIso"); }, placeholder: "AT" },
  { key: "addition", get label() { return i18n.t("customers.addition"); }, wide: true, multiline: true },
];

type Editing = { part: "person" | "address"; id: number | null } | null;

type CustomerCardProps = {
  customer: CustomerDetail;
  /** Rust's answer after a change: the customer as it now is. */
  onChange: (customer: CustomerDetail) => void;
  /** A date as the desk reads it. */
  dateText: (iso: string) => string;
  /** Opens the board showing this customer's items only. */
  onShowOnBoard?: (customerName: string) => void;
};

/** One customer: its details, its people, its addresses and its orders. */
export function CustomerCard({ customer, onChange, dateText, onShowOnBoard }: CustomerCardProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const c = customer;

  async function archive(part: CustomerPart, id: number, version: number, archived: boolean) {
    const answer = await call(() => commands.customerArchive(part, id, version, archived));
    if (!answer.ok) return setRefusal(answer.error);
    setRefusal(null);
    onChange(answer.data);
  }

  const archiveButton = (part: CustomerPart, id: number, version: number, archived: boolean, what: string) => (
    <button
      type="button"
      className={`button button--small${archived ? "" : " button--quiet"}`}
      data-action={archived ? "unarchive" : "archive"}
      aria-label={t(archived ? "customers.bringBackWhat" : "customers.archiveWhat", { what })}
      onClick={() => void archive(part, id, version, !archived)}
    >
      {archived ? t("customers.bringBack") : t("catalog.archive")}
    </button>
  );

  const saved = (d: CustomerDetail) => {
    setEditing(null);
    onChange(d);
  };
  const person = editing?.part === "person" && editing.id !== null ? c.people.find((p) => p.id === editing.id) : null;
  const address = editing?.part === "address" && editing.id !== null ? c.addresses.find((a) => a.id === editing.id) : null;

  return (
    <article className={`customer-card${c.archived ? " customer-card--archived" : ""}`} data-customer-id={c.id}>
      <header className="customer-card__header">
        <div className="customer-card__names">
          <h2 className="customer-card__name">{c.name}</h2>
          <span className="customer-card__number">{c.number}</span>
          {c.isNew && <span className="badge badge--mark">{t("customers.isNew")}</span>}
          {c.flagged && <span className="badge badge--flag">{t("customers.flagged")}</span>}
          {c.archived && <span className="badge badge--archived">{t("catalog.archived")}</span>}
        </div>
        {archiveButton("customer", c.id, c.version, c.archived, c.name)}
      </header>
      {c.archived && (
        <p className="customer-card__note">
          Archived: kept for its orders’ history, not offered for new orders. Bring it back to order for it again.
        </p>
      )}
      <FieldError error={refusal} named />

      <CustomerForm key={`cust-${c.id}`} customer={c} onSaved={(d) => onChange(d)} onClose={() => {}} />

      <section className="customer-section" aria-labelledby={`people-${c.id}`}>
        <header className="customer-section__header">
          <h3 id={`people-${c.id}`}>{t("customers.people")}</h3>
          <button type="button" className="button button--small" data-action="add-person" onClick={() => setEditing({ part: "person", id: null })}>
            {t("customers.addPerson")}
          </button>
        </header>
        {c.people.length === 0 ? (
          <p className="hint">{t("customers.nobody")}</p>
        ) : (
          <ul className="part-list">
            {c.people.map((p) => (
              <li key={p.id} className={`part-row${p.archived ? " part-row--archived" : ""}`} data-person-id={p.id}>
                <div className="part-row__main">
                  <strong>{p.name}</strong>
                  {p.archived && <span className="badge badge--archived">{t("catalog.archived")}</span>}
                  <span className="part-row__meta">
                    {[p.email, p.phone].filter(Boolean).join(" · ") || "no email or phone"}
                    {p.orders > 0 && ` · receives ${p.orders} order${p.orders === 1 ? "" : "s"}`}
                  </span>
                </div>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={t("resources.edit", { name: p.name })}
                  onClick={() => setEditing({ part: "person", id: p.id })}
                >
                  {t("customers.edit")}
                </button>
                {archiveButton("person", p.id, p.version, p.archived, p.name)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="customer-section" aria-labelledby={`addresses-${c.id}`}>
        <header className="customer-section__header">
          <h3 id={`addresses-${c.id}`}>{t("customers.addresses")}</h3>
          <button type="button" className="button button--small" data-action="add-address" onClick={() => setEditing({ part: "address", id: null })}>
            {t("customers.addAddress")}
          </button>
        </header>
        {c.addresses.length === 0 ? (
          <p className="hint">{t("customers.noAddress")}</p>
        ) : (
          <ul className="part-list">
            {c.addresses.map((a) => (
              <li key={a.id} className={`part-row${a.archived ? " part-row--archived" : ""}`} data-address-id={a.id}>
                <div className="part-row__main">
                  <strong>{addressLine(a)}</strong>
                  {a.archived && <span className="badge badge--archived">{t("catalog.archived")}</span>}
                  {a.addition && <span className="part-row__meta">{a.addition}</span>}
                </div>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={t("resources.edit", { name: a.line1 })}
                  onClick={() => setEditing({ part: "address", id: a.id })}
                >
                  {t("customers.edit")}
                </button>
                {archiveButton("address", a.id, a.version, a.archived, a.line1)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <HoldingsSection customerId={c.id} loadKey={c} dateText={dateText} />

      <section className="customer-section" aria-labelledby={`orders-${c.id}`}>
        <header className="customer-section__header">
          <h3 id={`orders-${c.id}`}>{t("customers.orders")}</h3>
          {onShowOnBoard && c.orders.length > 0 && (
            <button type="button" className="button button--small" data-action="show-on-board" onClick={() => onShowOnBoard(c.name)}>
              {t("customers.showOnBoard")}
            </button>
          )}
        </header>
        {c.orders.length === 0 ? (
          <p className="hint">{t("customers.noOrders")}</p>
        ) : (
          <table className="customer-orders">
            <thead>
              <tr>
                <th scope="col">{t("rules.preview.order")}</th>
                <th scope="col">{t("customers.placed")}</th>
                <th scope="col">{t("customers.receives")}</th>
                <th scope="col" className="customer-orders__num">
                  {t("order.items")}
                </th>
                <th scope="col">{t("rules.status")}</th>
              </tr>
            </thead>
            <tbody>
              {c.orders.map((o) => (
                <tr key={o.id} data-order-id={o.id}>
                  <td className="customer-orders__number">{o.number}</td>
                  <td>{dateText(o.placedOn)}</td>
                  <td>{o.recipient}</td>
                  <td className="customer-orders__num">{o.items}</td>
                  <td>
                    <span className={`order-status order-status--${o.status}`}>{o.statusLabel}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {editing?.part === "person" && (
        <PartDialog
          title={person ? t("resources.edit", { name: person.name }) : t("customers.addPersonTo", { name: c.name })}
          part={person ? `person-${person.id}` : "new-person"}
          fields={PERSON_FIELDS}
          initial={person ? personDraft(person) : emptyPerson}
          label={person ? t("customers.savePerson") : t("customers.addPerson")}
          save={(d) =>
            call(() => (person ? commands.customerUpdatePerson(person.id, person.version, d) : commands.customerAddPerson(c.id, d)))
          }
          onSaved={saved}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.part === "address" && (
        <PartDialog
          title={address ? t("customers.editAddress") : t("customers.addAddressFor", { name: c.name })}
          part={address ? `address-${address.id}` : "new-address"}
          fields={ADDRESS_FIELDS}
          initial={address ? addressDraft(address) : emptyAddress}
          label={address ? t("customers.saveAddress") : t("customers.addAddress")}
          save={(d) =>
            call(() =>
              address ? commands.customerUpdateAddress(address.id, address.version, d) : commands.customerAddAddress(c.id, d),
            )
          }
          onSaved={saved}
          onClose={() => setEditing(null)}
        />
      )}
    </article>
  );
}
