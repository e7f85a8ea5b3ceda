import { type ReactNode, useId } from "react";

/** A titled part of the order form; `aside` sits beside the title (a count, say). */
export function FormSection({ title, aside, children }: { title: string; aside?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section className="order-form__section" aria-labelledby={id}>
      <div className="order-form__section-head">
        <h3 className="order-form__section-title" id={id}>
          {title}
        </h3>
        {aside}
      </div>
      {children}
    </section>
  );
}
