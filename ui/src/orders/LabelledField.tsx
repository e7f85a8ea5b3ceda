import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

type LabelledFieldProps = {
  label: string;
  htmlFor: string;
  /** Rust's refusal of the control, drawn below it. */
  error: ReactNode;
  optional?: boolean;
  className?: string;
  children: ReactNode;
};

/** One control of the order form with its label above and Rust's refusal below. */
export function LabelledField({ label, htmlFor, error, optional = false, className, children }: LabelledFieldProps) {
  const { t } = useTranslation();
  return (
    <div className={["order-form__field", className].filter(Boolean).join(" ")}>
      <label className="order-form__label" htmlFor={htmlFor}>
        {label}
        {optional && <span className="order-form__optional"> {t("order.optional")}</span>}
      </label>
      {children}
      {error}
    </div>
  );
}
