import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from "react-aria-components";

type SpecFieldProps = {
  /** The spec's key ("ram"), its label. */
  name: string;
  /** The values the catalog's products have, as Rust offers them. */
  values: readonly string[];
  value: string;
  onChange: (value: string) => void;
  /** The control's key, whether Rust refused it and what describes it (`fields.wire`). */
  wire: { "data-field": string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };
  /** Rust's refusal of the value, drawn below it. */
  error: ReactNode;
};

/**
 * A spec the service requires: typed, or picked from the values the catalog
 * has (arrow keys open the list, Enter picks). Any other value may be typed,
 * ">=16" for at least; Rust reads it.
 */
export function SpecField({ name, values, value, onChange, wire, error }: SpecFieldProps) {
  const { t } = useTranslation();
  return (
    <ComboBox
      className="spec-field"
      allowsCustomValue
      isRequired
      validationBehavior="aria"
      inputValue={value}
      onInputChange={onChange}
      onSelectionChange={(key) => {
        if (key !== null) onChange(String(key));
      }}
      defaultItems={values.map((v) => ({ id: v }))}
    >
      <Label className="order-form__label spec-field__label">
        {name}{" "}
        <span className="order-form__required" aria-hidden="true">
          {t("order.required")}
        </span>
      </Label>
      <div className="spec-field__box">
        <Input className="field spec-field__input" autoComplete="off" spellCheck={false} placeholder={t("order.chooseOrType")} {...wire} />
        <Button className="spec-field__open" aria-label={t("order.valuesOf", { name })}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      {error}
      <Popover className="spec-field__popover" placement="bottom start" offset={2}>
        <ListBox<{ id: string }> className="spec-field__list">
          {(item) => (
            <ListBoxItem id={item.id} textValue={item.id} className="spec-field__option">
              {item.id}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
