import { useTranslation } from "react-i18next";
import type { AppError } from "../bindings";
import { DateField } from "../shell/DateField";
import { FieldError } from "../shell/FieldError";

type ChipListFieldProps = {
  legend: string;
  items: string[];
  mono?: boolean;
  /** How an entry reads on its chip; as stored by default. */
  show?: (item: string) => string;
  /** The "add" box: its name, accessible label, placeholder and what is typed in it. */
  name: string;
  inputLabel: string;
  /** A date field (the entries are "YYYY-MM-DD", typed in the desk's order) instead of a text box. */
  date?: boolean;
  placeholder?: string;
  pending: string;
  onPending: (text: string) => void;
  /** The typed entry, trimmed and not empty. */
  onAdd: (item: string) => void;
  onRemove: (index: number) => void;
  removeLabel: (item: string) => string;
  /** Rust's refusal of one entry; an index past the list is the entry still in the box. */
  itemError: { index: number; error: AppError } | null;
  /** Rust's refusal of the list as a whole. */
  listError: AppError | null;
};

/** A list of text entries as chips, each removable, with a box to add one more (Enter or Add). */
export function ChipListField(props: ChipListFieldProps) {
  const { t } = useTranslation();
  const { legend, items, name, inputLabel, date = false, placeholder, pending, onPending, onAdd, itemError, listError } = props;

  function add() {
    const item = pending.trim();
    if (item) onAdd(item);
  }

  const invalid = itemError?.index === items.length ? true : undefined;
  return (
    <fieldset className="res-field res-field--grow">
      <legend className="res-field__label">{legend}</legend>
      <ChipList {...props} />
      <div className="chip-input">
        {date ? (
          <DateField
            label={inputLabel}
            labelHidden
            className="chip-input__date"
            value={pending}
            onChange={onPending}
            onEnter={add}
            data-field={name}
            aria-invalid={invalid}
          />
        ) : (
          <input
            className="field"
            name={name}
            aria-label={inputLabel}
            placeholder={placeholder}
            value={pending}
            aria-invalid={invalid}
            onChange={(e) => onPending(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
          />
        )}
        <button type="button" className="button button--small" onClick={add}>
          {t("resources.add")}
        </button>
      </div>
      {itemError && itemError.index >= items.length && <FieldError error={itemError.error} />}
      <FieldError error={listError} />
    </fieldset>
  );
}

function ChipList({ items, mono = false, show = (item) => item, itemError, removeLabel, onRemove }: ChipListFieldProps) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="chip-list__none">{t("resources.noneInList")}</p>;
  return (
    <ul className="chip-list">
      {items.map((item, i) => {
        const error = itemError?.index === i ? itemError.error : null;
        return (
          <li key={`${i}-${item}`} className="chip-list__entry">
            <span className={`tag${mono ? " tag--mono" : ""}${error ? " tag--invalid" : ""}`}>
              {show(item)}
              <button type="button" className="tag__remove" aria-label={removeLabel(item)} onClick={() => onRemove(i)}>
                ✕
              </button>
            </span>
            <FieldError error={error} />
          </li>
        );
      })}
    </ul>
  );
}
