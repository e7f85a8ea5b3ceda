import { useTranslation } from "react-i18next";
import { type ReactNode, useId } from "react";
import { type BoardFilter, isFiltering, noFilter } from "./filters";

type FilterBarProps = {
  filter: BoardFilter;
  onChange: (next: BoardFilter) => void;
  customers: readonly string[];
  services: readonly string[];
};

type Toggle = "dueToday" | "dueThisWeek" | "overdue" | "onHold";

const CHIPS: { key: Toggle; attr: string }[] = [
  { key: "dueToday", attr: "due-today" },
  { key: "dueThisWeek", attr: "due-this-week" },
  { key: "overdue", attr: "overdue" },
  { key: "onHold", attr: "on-hold" },
];

/** Search and filters above the board; they only choose which cards are drawn. */
export function FilterBar({ filter, onChange, customers, services }: FilterBarProps) {
  const id = useId();
  const { t } = useTranslation();
  const set = (patch: Partial<BoardFilter>) => onChange({ ...filter, ...patch });

  return (
    <div className="filter-bar" role="search" aria-label={t("board.filter.name")}>
      <input
        type="search"
        className="filter-bar__search"
        placeholder={t("board.filter.search")}
        aria-label={t("board.filter.searchName")}
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
      <div className="filter-bar__chips" role="group" aria-label={t("board.filter.showOnly")}>
        {CHIPS.map((chip) => (
          <button
            key={chip.key}
            type="button"
            className={`chip${filter[chip.key] ? " chip--on" : ""}`}
            aria-pressed={filter[chip.key]}
            data-filter={chip.attr}
            onClick={() => set({ [chip.key]: !filter[chip.key] })}
          >
            {t(`board.filter.${chip.key}`)}
          </button>
        ))}
      </div>
      <Choice id={`${id}-customer`} label={t("board.filter.customer")} attr="customer" value={filter.customer} options={customers}
        onChange={(customer) => set({ customer })} />
      <Choice id={`${id}-service`} label={t("board.filter.service")} attr="service" value={filter.service} options={services}
        onChange={(service) => set({ service })} />
      {/* Always there, so turning a filter on never reflows the bar; disabled with nothing to clear. */}
      <button
        type="button"
        className="button button--quiet filter-bar__clear"
        data-filter="clear"
        disabled={!isFiltering(filter)}
        onClick={() => onChange(noFilter)}
      >
        {t("board.filter.clear")}
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
  const { t } = useTranslation();
  const all = value !== null && !options.includes(value) ? [value, ...options] : options;
  return (
    <label className="filter-bar__select" htmlFor={id}>
      <span className="filter-bar__label">{label}</span>
      <select id={id} data-filter={attr} value={value ?? ""} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t("board.filter.any")}</option>
        {all.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}
