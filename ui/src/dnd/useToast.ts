// The toast a drag screen shows after a drop (a refusal, or where a move is
// done instead): one at a time, gone after TOAST_MS or when dismissed.

import { useCallback, useEffect, useRef, useState } from "react";

/** How long a refusal stays on screen. */
export const TOAST_MS = 6000;

export type ToastKind = "refused" | "blocked" | "info";
export type Toast = { id: number; kind: ToastKind; message: string };

export function useToast() {
  const [toast, setToast] = useState<Toast | null>(null);
  const toastId = useRef(0);

  const say = useCallback((kind: ToastKind, message: string) => {
    toastId.current += 1;
    setToast({ id: toastId.current, kind, message });
  }, []);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast((t) => (t?.id === toast.id ? null : t)), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  const dismiss = useCallback(() => setToast(null), []);

  return { toast, say, dismiss };
}
