import type { AppError } from "../bindings";

/** Rust's reason for refusing an action, shown next to the control that asked. */
export function RefusalMessage({ error }: { error: AppError }) {
  return (
    <p className="refusal" role="alert" data-error-code={error.code}>
      <span className="refusal__message">{error.message}</span>
      {error.field && <span className="refusal__field"> ({error.field})</span>}
    </p>
  );
}
