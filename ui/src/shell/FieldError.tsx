import type { AppError } from "../bindings";

/** Rust's refusal beside the control it names; nothing while there is none. */
export function FieldError({ error }: { error: AppError | null }) {
  if (!error) return null;
  return (
    <p className="refusal" role="alert" data-error-code={error.code} data-error-field={error.field ?? ""}>
      {error.message}
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
  if (!error) return null;
  return (
    <div className={className}>
      <FieldError error={error} />
      {error.code === "conflict" && onLoadLatest && (
        <button type="button" className="button button--small" onClick={onLoadLatest}>
          Load the latest version
        </button>
      )}
    </div>
  );
}
