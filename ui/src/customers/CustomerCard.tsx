import { useState } from "react";
import { type AppError, type CustomerDetail, type CustomerPart, commands } from "../bindings";
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
  { key: "name", label: "Name", placeholder: "e.g. Ida Berg", wide: true },
  { key: "email", label: "Email", placeholder: "name@example.com", inputMode: "email" },
  { key: "phone", label: "Phone", placeholder: "+43 316 80 40", inputMode: "tel" },
];

const ADDRESS_FIELDS: PartField<AddressDraft>[] = [
  { key: "line1", label: "Street and number", placeholder: "e.g. Herrengasse 16", wide: true },
  { key: "postalCode", label: "Postal code", placeholder: "8010" },
  { key: "city", label: "City", placeholder: "Graz" },
  { key: "countryCode", label: "Country (ISO code)", placeholder: "AT" },
  { key: "addition", label: "Addition (floor, door, how to get in)", wide: true, multiline: true },
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
      aria-label={`${archived ? "Bring back" : "Archive"} ${what}`}
      onClick={() => void archive(part, id, version, !archived)}
    >
      {archived ? "Bring back" : "Archive"}
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
          {c.isNew && <span className="badge badge--mark">New</span>}
          {c.flagged && <span className="badge badge--flag">Flagged</span>}
          {c.archived && <span className="badge badge--archived">Archived</span>}
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
          <h3 id={`people-${c.id}`}>People</h3>
          <button type="button" className="button button--small" data-action="add-person" onClick={() => setEditing({ part: "person", id: null })}>
            Add person
          </button>
        </header>
        {c.people.length === 0 ? (
          <p className="hint">Nobody yet. An order needs someone who receives it.</p>
        ) : (
          <ul className="part-list">
            {c.people.map((p) => (
              <li key={p.id} className={`part-row${p.archived ? " part-row--archived" : ""}`} data-person-id={p.id}>
                <div className="part-row__main">
                  <strong>{p.name}</strong>
                  {p.archived && <span className="badge badge--archived">Archived</span>}
                  <span className="part-row__meta">
                    {[p.email, p.phone].filter(Boolean).join(" · ") || "no email or phone"}
                    {p.orders > 0 && ` · receives ${p.orders} order${p.orders === 1 ? "" : "s"}`}
                  </span>
                </div>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={`Edit ${p.name}`}
                  onClick={() => setEditing({ part: "person", id: p.id })}
                >
                  Edit
                </button>
                {archiveButton("person", p.id, p.version, p.archived, p.name)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="customer-section" aria-labelledby={`addresses-${c.id}`}>
        <header className="customer-section__header">
          <h3 id={`addresses-${c.id}`}>Addresses</h3>
          <button type="button" className="button button--small" data-action="add-address" onClick={() => setEditing({ part: "address", id: null })}>
            Add address
          </button>
        </header>
        {c.addresses.length === 0 ? (
          <p className="hint">No address yet. The order form fills in the first one.</p>
        ) : (
          <ul className="part-list">
            {c.addresses.map((a) => (
              <li key={a.id} className={`part-row${a.archived ? " part-row--archived" : ""}`} data-address-id={a.id}>
                <div className="part-row__main">
                  <strong>{addressLine(a)}</strong>
                  {a.archived && <span className="badge badge--archived">Archived</span>}
                  {a.addition && <span className="part-row__meta">{a.addition}</span>}
                </div>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={`Edit ${a.line1}`}
                  onClick={() => setEditing({ part: "address", id: a.id })}
                >
                  Edit
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
          <h3 id={`orders-${c.id}`}>Orders</h3>
          {onShowOnBoard && c.orders.length > 0 && (
            <button type="button" className="button button--small" data-action="show-on-board" onClick={() => onShowOnBoard(c.name)}>
              Show on the board
            </button>
          )}
        </header>
        {c.orders.length === 0 ? (
          <p className="hint">No orders yet.</p>
        ) : (
          <table className="customer-orders">
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">Placed</th>
                <th scope="col">Receives</th>
                <th scope="col" className="customer-orders__num">
                  Items
                </th>
                <th scope="col">Status</th>
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
          title={person ? `Edit ${person.name}` : `Add a person to ${c.name}`}
          part={person ? `person-${person.id}` : "new-person"}
          fields={PERSON_FIELDS}
          initial={person ? personDraft(person) : emptyPerson}
          label={person ? "Save person" : "Add person"}
          save={(d) =>
            call(() => (person ? commands.customerUpdatePerson(person.id, person.version, d) : commands.customerAddPerson(c.id, d)))
          }
          onSaved={saved}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.part === "address" && (
        <PartDialog
          title={address ? "Edit address" : `Add an address for ${c.name}`}
          part={address ? `address-${address.id}` : "new-address"}
          fields={ADDRESS_FIELDS}
          initial={address ? addressDraft(address) : emptyAddress}
          label={address ? "Save address" : "Add address"}
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
