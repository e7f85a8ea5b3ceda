// The app's screens, in the order the navigation rail lists them.

export const VIEWS = [
  { key: "board", label: "Board", hint: "Every open item at its decision point" },
  { key: "flow", label: "Flow", hint: "The decision points as a graph, with today's and this week's traffic" },
  { key: "planner", label: "Planner", hint: "Deliveries and service visits on people and vans" },
  { key: "rules", label: "Rules", hint: "What flows on by itself and what waits for a person" },
  { key: "catalog", label: "Catalog", hint: "Services and products the shop offers" },
  { key: "stock", label: "Stock", hint: "Every unit and where it is now; receive goods; free units per day" },
  { key: "resources", label: "Resources", hint: "Drivers, technicians and vans" },
  { key: "customers", label: "Customers", hint: "Customers with their people, addresses and orders" },
  { key: "reports", label: "Reports", hint: "Where work waited, lead times, deliveries on time and how busy everyone was" },
  { key: "sheets", label: "Import / export", hint: "Products, services, stock and customers in and out as CSV" },
  { key: "settings", label: "Settings", hint: "Shop name, numbers, buffers and currency" },
] as const;

export type ViewKey = (typeof VIEWS)[number]["key"];

/** Whether `key` names one of the screens (a link to a screen not built yet shows no link). */
export function isViewKey(key: string): key is ViewKey {
  return VIEWS.some((v) => v.key === key);
}
