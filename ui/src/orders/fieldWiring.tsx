import type { ReactNode } from "react";
import type { AppError } from "../bindings";
import { FieldError } from "../shell/FieldError";

/** How the order form ties each control (by its `data-field` key) to Rust's refusal of it. */
export type FieldWiring = {
  /** The control's props: its key, whether Rust refused it, and the refusal that describes it. */
  wire: (control: string) => { "data-field": string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };
  /** Rust's refusal beside the control; nothing while there is none. */
  beside: (control: string) => ReactNode;
};

/** `at(control)` is Rust's refusal when it sits at that control; `id` keeps the ids of two forms apart. */
export function fieldWiring(id: string, at: (control: string) => AppError | null): FieldWiring {
  const errorId = (control: string) => `${id}-${control}-error`;
  return {
    wire: (control) => ({
      "data-field": control,
      "aria-invalid": at(control) ? true : undefined,
      "aria-describedby": at(control) ? errorId(control) : undefined,
    }),
    beside: (control) => (
      <FieldError
        error={at(control)}
        at={control}
        id={errorId(control)}
        className="order-form__error"
        textClassName="order-form__error-text"
      />
    ),
  };
}
