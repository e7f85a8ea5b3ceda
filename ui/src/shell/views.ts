// The app's screens, in the order the navigation rail lists them; each one's
// name and hint are the catalogue's `nav.<key>.label` and `nav.<key>.hint`.

export const VIEWS = [
  { key: "board" },
  { key: "flow" },
  { key: "planner" },
  { key: "rules" },
  { key: "catalog" },
  { key: "stock" },
  { key: "resources" },
  { key: "customers" },
  { key: "reports" },
  { key: "sheets" },
  { key: "settings" },
] as const;
export type ViewKey = (typeof VIEWS)[number]["key"];

/** Whether `key` names one of the screens (a link to a screen not built yet shows no link). */
export function isViewKey(key: string): key is ViewKey {
  return VIEWS.some((v) => v.key === key);
}
