// Services and products as a person types them into the catalog editors.
// Turning a draft into Rust's input refuses nothing: Rust checks every field
// (codes, SKUs, amounts, categories, basic and linked services) and names the
// one it did not accept ("sku", "links[1]", "specs.ram", ...).

import type {
  AppError,
  OfferType,
  ProductInput_Deserialize,
  ProductView,
  ServiceInput_Deserialize,
  ServiceKind,
  ServiceLink,
  ServiceView_Serialize,
} from "../bindings";
import { wordsOf } from "../i18n";
import { decimalText } from "../people";

export type ServiceView = ServiceView_Serialize;

/** Labels over Rust's unions: the compiler insists on every value. */
export const KIND_LABELS = wordsOf<ServiceKind>({
  hardware: "catalog.kind.hardware",
  software: "catalog.kind.software",
  workplace: "catalog.kind.workplace",
  cloud: "catalog.kind.cloud",
  support: "catalog.kind.support",
});
export const OFFER_LABELS = wordsOf<OfferType>({
  purchase: "catalog.offer.purchase",
  rental: "catalog.offer.rental",
  leasing: "catalog.offer.leasing",
});
export const KINDS = Object.keys(KIND_LABELS) as ServiceKind[];
export const OFFERS = Object.keys(OFFER_LABELS) as OfferType[];

/** Cents as the amount field shows them to edit, in the desk's locale: "1299.00", "1299,00"; "" for nothing. */
export function amountText(cents: number): string {
  return cents === 0 ? "" : decimalText(cents / 100, 2);
}

export type ServiceDraft = {
  code: string;
  name: string;
  kind: ServiceKind;
  offerType: OfferType;
  recurring: boolean;
  requiresApproval: boolean;
  oneTime: string;
  monthly: string;
  productCategory: string;
  requiredSpecKeys: string[];
  needsTechnician: boolean;
  prerequisites: number[];
  links: ServiceLink[];
};

export function emptyServiceDraft(): ServiceDraft {
  return {
    code: "",
    name: "",
    kind: "hardware",
    offerType: "purchase",
    recurring: false,
    requiresApproval: false,
    oneTime: "",
    monthly: "",
    productCategory: "",
    requiredSpecKeys: [],
    needsTechnician: false,
    prerequisites: [],
    links: [],
  };
}

export function draftFromService(s: ServiceView): ServiceDraft {
  return {
    code: s.code,
    name: s.name,
    kind: s.kind,
    offerType: s.offerType,
    recurring: s.recurring,
    requiresApproval: s.requiresApproval,
    oneTime: amountText(s.oneTimeCents),
    monthly: amountText(s.monthlyCents),
    productCategory: s.productCategory ?? "",
    requiredSpecKeys: [...s.requiredSpecKeys],
    needsTechnician: s.needsTechnician,
    prerequisites: [...s.prerequisites],
    links: s.links.map((l) => ({ ...l })),
  };
}

export function serviceInput(d: ServiceDraft): ServiceInput_Deserialize {
  return { ...d, productCategory: d.productCategory === "" ? null : d.productCategory };
}

export type ProductDraft = {
  sku: string;
  name: string;
  category: string;
  /** Rows in the order typed; a row with neither key nor value is left out. */
  specs: { key: string; value: string }[];
  unitPrice: string;
};

export function emptyProductDraft(): ProductDraft {
  return { sku: "", name: "", category: "", specs: [{ key: "", value: "" }], unitPrice: "" };
}

export function draftFromProduct(p: ProductView): ProductDraft {
  return {
    sku: p.sku,
    name: p.name,
    category: p.category,
    specs: Object.entries(p.specs).map(([key, value]) => ({ key, value: value ?? "" })),
    unitPrice: amountText(p.unitCents),
  };
}

export function productInput(d: ProductDraft): ProductInput_Deserialize {
  const specs: Record<string, string> = {};
  for (const row of d.specs) {
    if (row.key.trim() === "" && row.value.trim() === "") continue;
    // Two rows with one key: Rust names the key given twice once they differ in case; an exact repeat keeps the last.
    specs[row.key] = row.value;
  }
  return { sku: d.sku, name: d.name, category: d.category, specs, unitPrice: d.unitPrice };
}

export function same<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const SERVICE_PLAIN = [
  "code",
  "name",
  "kind",
  "offerType",
  "oneTime",
  "monthly",
  "productCategory",
  "requiredSpecKeys",
  "prerequisites",
  "links",
  "archived",
] as const;

export type ServiceErrorPlace =
  | { at: (typeof SERVICE_PLAIN)[number] }
  | { at: "prerequisite" | "link" | "specKey"; index: number }
  | { at: "form" };

/** Where Rust's refusal of a service belongs on its form. */
export function serviceErrorPlace(error: AppError | null): ServiceErrorPlace | null {
  if (!error) return null;
  const field = error.field ?? "";
  const plain = SERVICE_PLAIN.find((p) => p === field);
  if (plain) return { at: plain };
  const item = /^(prerequisites|links|requiredSpecKeys)\[(\d+)\]$/.exec(field);
  if (item) {
    const at = item[1] === "prerequisites" ? "prerequisite" : item[1] === "links" ? "link" : "specKey";
    return { at, index: Number(item[2]) };
  }
  return { at: "form" };
}

const PRODUCT_PLAIN = ["sku", "name", "category", "unitPrice", "specs", "archived"] as const;

export type ProductErrorPlace =
  | { at: (typeof PRODUCT_PLAIN)[number] }
  | { at: "spec"; key: string }
  | { at: "form" };

/** Where Rust's refusal of a product belongs on its form: "specs.ram" beside the row of key "ram". */
export function productErrorPlace(error: AppError | null): ProductErrorPlace | null {
  if (!error) return null;
  const field = error.field ?? "";
  const plain = PRODUCT_PLAIN.find((p) => p === field);
  if (plain) return { at: plain };
  const spec = /^specs\.(.+)$/.exec(field);
  if (spec) return { at: "spec", key: spec[1]! };
  return { at: "form" };
}
