import { type ReactNode, useId } from "react";
import { type BoardFilter, isFiltering, noFilter } from "./filters";

type FilterBarProps = {
  filter: BoardFilter;
  onChange: (next: BoardFilter) => void;
  customers: readonly string[];
  services: readonly string[];
};

type Toggle = "dueToday" | "dueThisWeek" | "overdue" | "onHold";

const CHIPS: { key: Toggle; label: string; attr: string }[] = [
  { key: "dueToday", label: "Due today", attr: "due-today" },
  { key: "dueThisWeek", label: "Due this week", attr: "due-this-week" },
  { key: "overdue", label: "Overdue", attr: "overdue" },
  { key: "onHold", label: "On hold", attr: "on-hold" },
];

/** Search and filters above the board; they only choose which cards are drawn. */
export function FilterBar({ filter, onChange, customers, services }: FilterBarProps) {
  const id = useId();
  const set = (patch: Partial<BoardFilter>) => onChange({ ...filter, ...patch });

  return (
    <div className="filter-bar" role="search" aria-label="Filter the board">
      <input
        type="search"
        className="filter-bar__search"
        placeholder="Search order, item, customer, recipient, service"
        aria-label="Search the board"
        data-filter="query"
        value={filter.query}
        onChange={(e) => set({ query: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === "Escape" && filter.query !== "") {
            e.preventDefault();
            set({ query: "" });
          }
        }}
      />
      <div className="filter-bar__chips" role="group" aria-label="Show only">
        {CHIPS.map((chip) => (
          <button
            key={chip.key}
            type="button"
            className={`chip${filter[chip.key] ? " chip--on" : ""}`}
            aria-pressed={filter[chip.key]}
            data-filter={chip.attr}
            onClick={() => set({ [chip.key]: !filter[chip.key] })}
          >
            {chip.label}
          </button>
        ))}
      </div>
      <Choice id={`${id}-customer`} label="Customer" attr="customer" value={filter.customer} options={customers}
        onChange={(customer) => set({ customer })} />
      <Choice id={`${id}-service`} label="Service" attr="service" value={filter.service} options={services}
        onChange={(service) => set({ service })} />
      {/* Always there, so turning a filter on never reflows the bar; disabled with nothing to clear. */}
      <button
        type="button"
        className="button button--quiet filter-bar__clear"
        data-filter="clear"
        disabled={!isFiltering(filter)}
        onClick={() => onChange(noFilter)}
      >
        Clear filters
      </button>
    </div>
  );
}

type ChoiceProps = {
  id: string;
  label: string;
  attr: string;
  value: string | null;
  options: readonly string[];
  onChange: (value: string | null) => void;
};

function Choice({ id, label, attr, value, options, onChange }: ChoiceProps): ReactNode {
  // A chosen value stays listed even when no card carries it any more.
  const all = value !== null && !options.includes(value) ? [value, ...options] : options;
  return (
    <label className="filter-bar__select" htmlFor={id}>
      <span className="filter-bar__label">{label}</span>
      <select id={id} data-filter={attr} value={value ?? ""} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">Any</option>
        {all.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}
