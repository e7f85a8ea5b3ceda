import { type CSSProperties, useCallback, useEffect, useLayoutEffect, useState } from "react";
import { ActionNotice } from "../../moves/ActionNotice";
import type { Notice } from "../../moves/notice";
import { drawnCard } from "../revealCard";

/** The notice's width, px (wider than a compact card, so its sentence reads). */
const WIDTH = 340;
const GAP = 6;
/** Room a notice needs under its card before it goes above it instead, px. */
const ROOM_BELOW = 140;

type Place = { left: number; top?: number; bottom?: number };

/**
 * Under the card's current place (above it near the window's bottom); else at
 * the board's foot. Never over the item panel: its buttons stay reachable.
 */
function placeOf(itemId: number | null): Place | null {
  const card = itemId === null ? null : drawnCard(itemId);
  if (!card) return null;
  const r = card.getBoundingClientRect();
  const panel = document.querySelector(".panel")?.getBoundingClientRect();
  const right = panel && panel.width > 0 ? panel.left : window.innerWidth;
  const left = Math.max(GAP, Math.min(r.left, right - WIDTH - GAP));
  return r.bottom + ROOM_BELOW < window.innerHeight
    ? { left, top: r.bottom + GAP }
    : { left, bottom: window.innerHeight - r.top + GAP };
}

const same = (a: Place | null, b: Place | null) =>
  a === b || (a !== null && b !== null && a.left === b.left && a.top === b.top && a.bottom === b.bottom);

type BoardNoticeProps = {
  notice: Notice | null;
  onUndo: () => void;
  onDismiss: () => void;
};

/**
 * The board's notice, anchored at the card where the item now is: it follows
 * the card when the board redraws, scrolls or resizes. Esc on the board
 * dismisses it (a dialog, menu or the item panel keeps its own Esc).
 */
export function BoardNotice({ notice, onUndo, onDismiss }: BoardNoticeProps) {
  const [place, setPlace] = useState<Place | null>(null);
  const itemId = notice?.itemId ?? null;
  const open = notice !== null;

  const follow = useCallback(() => {
    const next = open ? placeOf(itemId) : null;
    setPlace((p) => (same(p, next) ? p : next));
  }, [open, itemId]);

  // Every redraw of the board may have moved the card.
  useLayoutEffect(follow);

  useEffect(() => {
    if (!open) return;
    window.addEventListener("scroll", follow, true);
    window.addEventListener("resize", follow);
    return () => {
      window.removeEventListener("scroll", follow, true);
      window.removeEventListener("resize", follow);
    };
  }, [open, follow]);

  useEffect(() => {
    if (!open) return;
    function onKey(e: KeyboardEvent) {
      if (e.key !== "Escape" || e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('[role="dialog"], [role="menu"], .panel')) return;
      onDismiss();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open, onDismiss]);

  const style: CSSProperties = place
    ? { position: "fixed", width: WIDTH, left: place.left, top: place.top, bottom: place.bottom }
    : { position: "fixed", width: WIDTH, left: "50%", bottom: 16, transform: "translateX(-50%)" };
  return <ActionNotice notice={notice} onUndo={onUndo} onDismiss={onDismiss} style={style} className="board-notice" />;
}
