// What the customer forms hold while a person types, and where Rust's refusal
// of each belongs. Rust checks every field; these only carry text to it.

import type { AddressView, AppError, CustomerDetail, PersonView } from "../bindings";

export type CustomerDraft = { number: string; name: string; isNew: boolean; flagged: boolean };
export type PersonDraft = { name: string; email: string; phone: string };
export type AddressDraft = { line1: string; postalCode: string; city: string; countryCode: string; addition: string };

export const emptyCustomer: CustomerDraft = { number: "", name: "", isNew: true, flagged: false };
export const emptyPerson: PersonDraft = { name: "", email: "", phone: "" };
export const emptyAddress: AddressDraft = { line1: "", postalCode: "", city: "", countryCode: "", addition: "" };

export function customerDraft(c: CustomerDetail): CustomerDraft {
  return { number: c.number, name: c.name, isNew: c.isNew, flagged: c.flagged };
}

export function personDraft(p: PersonView): PersonDraft {
  return { name: p.name, email: p.email, phone: p.phone };
}

export function addressDraft(a: AddressView): AddressDraft {
  return { line1: a.line1, postalCode: a.postalCode, city: a.city, countryCode: a.countryCode, addition: a.addition };
}

export function sameDraft<D extends Record<string, string | boolean>>(a: D, b: D): boolean {
  return Object.keys(a).every((k) => a[k] === b[k]);
}

/** Where a refusal sits: beside the field Rust named (an address's fields come as "address.city"), else above the form. */
export type PartErrorPlace = { at: string };

export function partErrorPlace(error: AppError | null): PartErrorPlace | null {
  if (!error) return null;
  const field = (error.field ?? "").replace(/^address\./, "");
  return { at: field && error.code === "validation" && field !== "archived" ? field : "form" };
}

/** "Mariahilfer Straße 45, 1060 Vienna, AT". */
export function addressLine(a: { line1: string; postalCode: string; city: string; countryCode: string }): string {
  return `${a.line1}, ${a.postalCode} ${a.city}, ${a.countryCode}`;
}

/** Whether a customer matches what was typed in the search: number, name, or the city of its first address. */
export function matchesSearch(c: { number: string; name: string; city: string }, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return true;
  return [c.number, c.name, c.city].some((s) => s.toLocaleLowerCase().includes(q));
}
