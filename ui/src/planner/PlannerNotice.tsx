// What a booking step did, said next to where the person acted (the block, or
// the drop point), in Rust's words: "EF-000054: Booked with Van 1 on Tue 1 Dec
// 09:00–10:30", with Undo where Rust's undo takes the step back. A refusal is
// said there too, as a sentence. One notice at a time, in a live region.

import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Point } from "../dnd/usePointerDrag";

/** How long a notice stays; a refusal or an Undo offer longer, to be read and used. */
const NOTICE_MS = 8000;
const LONG_NOTICE_MS = 20000;

export type Notice = {
  id: number;
  kind: "done" | "refused";
  text: string;
  /** Viewport point it is said next to; null: below the toolbar. */
  at: Point | null;
  /** Takes the step back; absent where Rust's undo does not. */
  undo?: () => void;
};

/** "Cannot book this slot: …" → a sentence with a capital and a full stop. */
export function sentence(text: string): string {
  const t = text.trim();
  if (!t) return t;
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

export function PlannerNotice({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);

  // Kept inside the window: below-right of the point, flipped when it would leave it.
  useLayoutEffect(() => {
    if (!notice?.at || !box.current) {
      setPos(null);
      return;
    }
    const r = box.current.getBoundingClientRect();
    const w = window.innerWidth;
    const h = window.innerHeight;
    const left = Math.max(8, Math.min(notice.at.x - 16, w - r.width - 8));
    const below = notice.at.y + 18;
    const top = below + r.height > h - 8 ? Math.max(8, notice.at.y - r.height - 18) : below;
    setPos({ left, top });
  }, [notice]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(onDismiss, notice.kind === "refused" || notice.undo ? LONG_NOTICE_MS : NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, onDismiss]);

  return (
    <div className="planner-notice-region" role="status" aria-live="polite">
      {notice && (
        <div
          ref={box}
          key={notice.id}
          className={`planner-notice planner-notice--${notice.kind}${notice.at ? " planner-notice--at" : ""}`}
          style={pos ? { left: pos.left, top: pos.top } : notice.at ? { visibility: "hidden" } : undefined}
          data-notice={notice.kind}
        >
          <span className="planner-notice__text">{notice.text}</span>
          {notice.undo && (
            <button type="button" className="button planner-notice__undo" data-notice-undo="" onClick={notice.undo}>
              {t("moves.undo")}
            </button>
          )}
          <button type="button" className="planner-notice__close" aria-label={t("moves.dismiss")} onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
