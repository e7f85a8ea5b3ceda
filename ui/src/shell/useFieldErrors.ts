import { useState } from "react";
import type { AppError } from "../bindings";

/**
 * Rust's last refusal on a form and where it belongs (`placeOf` reads the
 * error's field). `at` gives the error when it sits at one of the places
 * named, for `<FieldError>`; `invalid` is the matching `aria-invalid`.
 */
export function useFieldErrors<P extends { at: string }>(placeOf: (error: AppError | null) => P | null) {
  const [error, setError] = useState<AppError | null>(null);
  const place = placeOf(error);
  const at = (...ats: P["at"][]): AppError | null => (place && ats.includes(place.at) ? error : null);
  return {
    error,
    setError,
    place,
    at,
    invalid: (...ats: P["at"][]): true | undefined => (at(...ats) ? true : undefined),
    /** An edit: drops the error when it sits where `clears` says the edit touches. */
    clearIf: (clears: (p: P) => boolean) => {
      if (place && clears(place)) setError(null);
    },
  };
}
