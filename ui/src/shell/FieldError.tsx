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
