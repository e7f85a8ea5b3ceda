import { useTranslation } from "react-i18next";
import type { HTMLAttributes } from "react";
import type { AppError } from "../bindings";

type FieldErrorProps = Omit<HTMLAttributes<HTMLParagraphElement>, "children"> & {
  error: AppError | null;
  /** The key of the control it sits beside, for a form that keys its controls (`data-error-for`). */
  at?: string;
  /** Also names Rust's field: for a refusal the form could not place beside a control. */
  named?: boolean;
  /** A form's own look for the message. */
  textClassName?: string;
};

/** Rust's refusal beside the control it names; nothing while there is none. */
export function FieldError({ error, at, named = false, textClassName, className = "refusal", ...attributes }: FieldErrorProps) {
  if (!error) return null;
  return (
    <p
      className={className}
      role="alert"
      data-error-code={error.code}
      data-error-field={error.field ?? ""}
      data-error-for={at}
      {...attributes}
    >
      <span className={textClassName}>{error.message}</span>
      {named && error.field && <span className="refusal__field"> ({error.field})</span>}
    </p>
  );
}

type FormRefusalProps = {
  /** The form's banner class, e.g. "rule-editor__banner". */
  className: string;
  /** Rust's refusal of the form as a whole; nothing shows while null. */
  error: AppError | null;
  /** Offered when the refusal is a version conflict; null when there is nothing stored to load. */
  onLoadLatest: (() => void) | null;
};

/** A refusal that names no field, above the form; a version conflict offers to load the latest version. */
export function FormRefusal({ className, error, onLoadLatest }: FormRefusalProps) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div className={className}>
      <FieldError error={error} />
      {error.code === "conflict" && onLoadLatest && (
        <button type="button" className="button button--small" onClick={onLoadLatest}>
          {t("common.loadLatest")}
        </button>
      )}
    </div>
  );
}
