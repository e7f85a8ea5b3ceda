// The New order form's state, what it sends, and where Rust's field errors
// belong. No business rule here: the form sends what was typed, Rust checks.

import type {
  AddressRef,
  CustomerRef,
  NewOrderInput_Deserialize,
  OfferType,
  ServiceKind,
  ServiceRef,
  TransactionType,
} from "../bindings";
import { TRANSACTION_TYPE_LABELS } from "../format";
import { wordsOf } from "../i18n";
import { parseNumber } from "../people";

export type SpecRow = { id: number; key: string; value: string };

export type LineDraft = {
  id: number;
  /** "" until a service is chosen. */
  serviceId: string;
  quantity: string;
  transactionType: TransactionType;
  /** The values of the specs the service requires, by key: its own fields. */
  required: Record<string, string>;
  /** Any other spec, as name and value rows. */
  specs: SpecRow[];
};

export type AddressDraft = {
  line1: string;
  postalCode: string;
  city: string;
  countryCode: string;
  addition: string;
};

export type OrderDraft = {
  customerId: string;
  recipientId: string;
  note: string;
  windowStart: string;
  windowEnd: string;
  address: AddressDraft;
  /** Which of the customer's addresses the fields hold; "" when typed by hand. */
  addressId: string;
  /** The address was typed by hand: choosing another customer keeps it. */
  addressEdited: boolean;
  lines: LineDraft[];
};

let nextId = 1;
export const newId = () => nextId++;

export function emptyLine(): LineDraft {
  return { id: newId(), serviceId: "", quantity: "1", transactionType: "order", required: {}, specs: [] };
}

/** Choosing a line's service: a field for each spec it requires, keeping values typed for the same key. */
export function chooseService(line: LineDraft, service: ServiceRef | undefined): LineDraft {
  const required = Object.fromEntries((service?.requiredSpecs ?? []).map((s) => [s.key, line.required[s.key] ?? ""]));
  return { ...line, serviceId: service ? String(service.id) : "", required };
}

/** The specs a line gives, as sent: required fields with a value, then the rows with anything typed. */
export function lineSpecs(line: LineDraft): Record<string, string> {
  const required = Object.entries(line.required).filter(([, v]) => v.trim() !== "");
  // Rows left completely blank are not specs; anything typed is sent as typed.
  const rows = line.specs.filter((s) => s.key.trim() !== "" || s.value.trim() !== "").map((s) => [s.key, s.value] as const);
  return Object.fromEntries([...required, ...rows]);
}

export function emptySpec(): SpecRow {
  return { id: newId(), key: "", value: "" };
}

export const EMPTY_ADDRESS: AddressDraft = { line1: "", postalCode: "", city: "", countryCode: "", addition: "" };

/** A fresh form; the window starts at `windowStart` and ends a week later by default. */
export function emptyDraft(windowStart: string, windowEnd: string): OrderDraft {
  return {
    customerId: "",
    recipientId: "",
    note: "",
    windowStart,
    windowEnd,
    address: { ...EMPTY_ADDRESS },
    addressId: "",
    addressEdited: false,
    lines: [emptyLine()],
  };
}

/** Whether the person typed or chose anything worth asking about before discarding. */
export function isDirty(draft: OrderDraft, pristine: OrderDraft): boolean {
  if (draft.customerId || draft.recipientId || draft.note.trim()) return true;
  if (draft.windowStart !== pristine.windowStart || draft.windowEnd !== pristine.windowEnd) return true;
  if (draft.addressEdited) return true;
  if (draft.lines.length !== 1) return true;
  const [line] = draft.lines;
  return Boolean(
    line &&
      (line.serviceId ||
        line.quantity !== "1" ||
        line.transactionType !== "order" ||
        Object.values(line.required).some((v) => v.trim()) ||
        line.specs.some((s) => s.key.trim() || s.value.trim())),
  );
}

/** An address on file, as the form's address (its addition is the delivery notes). */
export function fromAddress(address: AddressRef | undefined): AddressDraft {
  if (!address) return { ...EMPTY_ADDRESS };
  const { line1, postalCode, city, countryCode, addition } = address;
  return { line1, postalCode, city, countryCode, addition };
}

/** Choosing a customer: its only recipient and its first address on file, unless an address was typed. */
export function chooseCustomer(draft: OrderDraft, customers: readonly CustomerRef[], customerId: string): OrderDraft {
  const customer = customers.find((c) => String(c.id) === customerId);
  const recipients = customer?.recipients ?? [];
  const keepRecipient = recipients.some((r) => String(r.id) === draft.recipientId);
  const first = customer?.addresses[0];
  return {
    ...draft,
    customerId,
    recipientId: keepRecipient ? draft.recipientId : recipients.length === 1 ? String(recipients[0]!.id) : "",
    ...(draft.addressEdited ? {} : { address: fromAddress(first), addressId: first ? String(first.id) : "" }),
  };
}

/** Choosing one of the customer's addresses fills the fields; "" empties them to type another. */
export function chooseAddress(draft: OrderDraft, customer: CustomerRef | undefined, addressId: string): OrderDraft {
  const address = customer?.addresses.find((a) => String(a.id) === addressId);
  return { ...draft, address: fromAddress(address), addressId: address ? addressId : "", addressEdited: !address };
}

/** Typing in an address field: the address is the person's own (delivery notes keep the one on file). */
export function typeAddress(draft: OrderDraft, field: keyof AddressDraft, value: string): OrderDraft {
  return {
    ...draft,
    address: { ...draft.address, [field]: value },
    addressId: field === "addition" ? draft.addressId : "",
    addressEdited: true,
  };
}

function id(value: string): number {
  const n = Number(value);
  return Number.isInteger(n) ? n : 0;
}

/** What the quantity box holds ("2", "1.000"); 0 when it holds no number. Rust refuses what is not a whole one, beside the box. */
function quantity(value: string): number {
  return parseNumber(value) ?? 0;
}

/** The input for `order_submit`: one item per line, each with the order's window and address. */
export function toInput(draft: OrderDraft): NewOrderInput_Deserialize {
  const address = { ...draft.address };
  return {
    customerId: id(draft.customerId),
    recipientId: id(draft.recipientId),
    note: draft.note,
    items: draft.lines.map((line) => ({
      serviceId: id(line.serviceId),
      transactionType: line.transactionType,
      quantity: quantity(line.quantity),
      specs: lineSpecs(line),
      windowStart: draft.windowStart,
      windowEnd: draft.windowEnd,
      address: { ...address },
    })),
  };
}

/**
 * The form control a Rust field path names, as a key the form's controls carry
 * (`data-field`): "customer", "line:3:quantity", "spec:9:value", "windowEnd",
 * "address.city"... Falls back to the line, then to the form itself.
 */
export function controlFor(field: string | null | undefined, draft: OrderDraft): string {
  if (!field) return "form";
  switch (field) {
    case "customerId":
      return "customer";
    case "recipientId":
      return "recipient";
    case "note":
      return "note";
    case "items":
      return "items";
  }
  const m = /^items\[(\d+)\](?:\.(.*))?$/.exec(field);
  if (!m) return "form";
  const line = draft.lines[Number(m[1])];
  if (!line) return "items";
  const rest = m[2] ?? "";
  const lineKey = (what: string) => `line:${line.id}:${what}`;
  if (rest === "serviceId") return lineKey("service");
  if (rest === "quantity") return lineKey("quantity");
  if (rest === "transactionType") return lineKey("type");
  if (rest === "specs") return lineKey("specs");
  if (rest.startsWith("specs.")) {
    const key = rest.slice("specs.".length);
    if (key in line.required) return lineKey(`spec:${key}`);
    const row = line.specs.find((s) => s.key.trim().toLowerCase() === key);
    return row ? `spec:${row.id}:value` : lineKey("specs");
  }
  if (rest === "window.end") return "windowEnd";
  if (rest === "window.start" || rest === "window") return "windowStart";
  const addr = /^address\.(line1|postalCode|city|countryCode|addition)$/.exec(rest);
  if (addr) return `address.${addr[1]}`;
  if (rest.startsWith("address")) return "address.line1";
  return lineKey("service");
}

/** Services grouped by kind, in the catalog's order, for the service select. */
export function servicesByKind(services: readonly ServiceRef[]): { kind: ServiceKind; services: ServiceRef[] }[] {
  const groups: { kind: ServiceKind; services: ServiceRef[] }[] = [];
  for (const s of services) {
    const group = groups.find((g) => g.kind === s.kind);
    if (group) group.services.push(s);
    else groups.push({ kind: s.kind, services: [s] });
  }
  return groups;
}

// Each table names every value of its union: a new variant in Rust fails to compile here.

// The service kinds are named as the catalog names them.
export { KIND_LABELS } from "../catalog/catalogDraft";

export const OFFER_LABELS = wordsOf<OfferType>({
  purchase: "order.offer.purchase",
  rental: "order.offer.rental",
  leasing: "order.offer.leasing",
});

/** The type select's choices, in the table's order. */
export const TRANSACTION_TYPES = (Object.keys(TRANSACTION_TYPE_LABELS) as TransactionType[]).map((value) => ({
  value,
  get label() {
    return TRANSACTION_TYPE_LABELS[value];
  },
}));
