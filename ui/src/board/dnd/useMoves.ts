// The board's move controller: pointer drags, the move menu, the note/reason
// prompt, busy cards and the toast. It only draws Rust's answers and sends
// intents: which moves exist, and whether they run, is Rust's call
// (ui/src/moves/ reads that answer; ui/src/moves/runMove.ts sends it).

import { type PointerEvent as ReactPointerEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { BoardCard, BoardView, ColumnKey, MoveOption } from "../../bindings";
import { type ColumnDrop, columnDrops, intentFor, intentForDrop, type MoveIntent } from "../../moves/chooseMove";
import { type LoadedMoves, loadMoves } from "../../moves/loadMoves";
import { runMove, type MoveSubject } from "../../moves/runMove";
import { followCard, focusCard as revealAndFocus } from "../revealCard";

/** Pointer travel (px) before a press becomes a drag; less is a click. */
export const DRAG_THRESHOLD = 5;
/** How long a refusal stays on screen. */
export const TOAST_MS = 6000;
/** Length of the snap-back animation. */
export const SNAP_BACK_MS = 220;

type Point = { x: number; y: number };

export type Drag = {
  card: BoardCard;
  from: ColumnKey;
  /** Pointer position minus the card's top-left corner at the press. */
  grab: Point;
  /** The card's top-left corner and width at the press. */
  origin: { left: number; top: number; width: number };
  /** Where the pointer is (or, while snapping back, where it returns to). */
  pos: Point;
  /** Rust's moves for the card; null while they load. */
  loaded: LoadedMoves | null;
  over: ColumnKey | null;
  phase: "dragging" | "dropping" | "returning";
};

export type MenuState = {
  card: BoardCard;
  anchor: { left: number; top: number; bottom: number };
  loaded: LoadedMoves | null;
};

export type PromptState = {
  card: BoardCard;
  subject: MoveSubject;
  move: MoveOption;
  input: "note" | "reason";
  running: boolean;
  error: string | null;
};

export type ToastKind = "refused" | "blocked" | "info";
export type Toast = { id: number; kind: ToastKind; message: string };

/** Stable callbacks the cards call (through MovesContext). */
export type MoveActions = {
  beginPointer: (e: ReactPointerEvent<HTMLElement>, card: BoardCard, from: ColumnKey) => void;
  openMenu: (card: BoardCard, anchor: HTMLElement) => void;
  /** True (once) when the click that follows a drag should not open the item. */
  consumeClick: () => boolean;
};

type Pending = {
  card: BoardCard;
  from: ColumnKey;
  el: HTMLElement;
  pointerId: number;
  start: Point;
  loading: Promise<LoadedMoves> | null;
};

const NONE: ColumnDrop = { kind: "none" };

/** The column under a viewport point (the ghost lets the pointer through). */
function columnAt(x: number, y: number): ColumnKey | null {
  if (typeof document.elementFromPoint !== "function") return null;
  const hit = document.elementFromPoint(x, y);
  const column = hit?.closest<HTMLElement>("[data-column]");
  return (column?.dataset.column as ColumnKey | undefined) ?? null;
}

/** Focus back to the card, drawing it first if its long column has not (see revealCard). */
function focusCard(itemId: number) {
  revealAndFocus(itemId);
  followCard(itemId);
}

function subjectOf(card: BoardCard, loaded: LoadedMoves & { ok: true }): MoveSubject {
  return { itemId: card.itemId, version: loaded.version, orderId: card.orderId, orderVersion: card.orderVersion };
}

export function useMoves(board: BoardView) {
  const [drag, setDragState] = useState<Drag | null>(null);
  const [menu, setMenu] = useState<MenuState | null>(null);
  const [prompt, setPrompt] = useState<PromptState | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [busy, setBusy] = useState<ReadonlySet<number>>(() => new Set());

  const dragRef = useRef<Drag | null>(null);
  const pending = useRef<Pending | null>(null);
  const suppressClick = useRef(false);
  const detach = useRef<(() => void) | null>(null);
  const toastId = useRef(0);
  const titles = useRef(new Map<ColumnKey, string>());
  titles.current = new Map(board.columns.map((c) => [c.key, c.title]));

  const setDrag = useCallback((next: Drag | null) => {
    dragRef.current = next;
    setDragState(next);
  }, []);

  const say = useCallback((kind: ToastKind, message: string) => {
    toastId.current += 1;
    setToast({ id: toastId.current, kind, message });
  }, []);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast((t) => (t?.id === toast.id ? null : t)), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  const markBusy = useCallback((itemId: number, on: boolean) => {
    setBusy((prev) => {
      const next = new Set(prev);
      if (on) next.add(itemId);
      else next.delete(itemId);
      return next;
    });
  }, []);

  /** Runs a move; true when Rust accepted it, else its refusal is toasted. */
  const execute = useCallback(
    async (subject: MoveSubject, move: MoveOption, text: string): Promise<boolean> => {
      markBusy(subject.itemId, true);
      try {
        const result = await runMove(move, subject, text);
        if (!result.ok) say("refused", result.error.message);
        return result.ok;
      } finally {
        markBusy(subject.itemId, false);
      }
    },
    [markBusy, say],
  );

  const snapBack = useCallback(() => {
    const d = dragRef.current;
    if (!d) return;
    const back: Drag = {
      ...d,
      phase: "returning",
      over: null,
      pos: { x: d.origin.left + d.grab.x, y: d.origin.top + d.grab.y },
    };
    setDrag(back);
    setTimeout(() => {
      if (dragRef.current === back) setDrag(null);
    }, SNAP_BACK_MS);
  }, [setDrag]);

  /**
   * The one path a chosen move takes, from a drop or from the menu:
   * run it, ask for its note/reason, or say where it is done instead.
   */
  const perform = useCallback(
    async (card: BoardCard, subject: MoveSubject, intent: MoveIntent, fromDrop: boolean) => {
      switch (intent.kind) {
        case "run": {
          if (fromDrop) setDrag(dragRef.current && { ...dragRef.current, phase: "dropping" });
          const ok = await execute(subject, intent.move, "");
          if (fromDrop) {
            if (ok) setDrag(null);
            else snapBack();
          }
          return;
        }
        case "ask":
          if (fromDrop) setDrag(null);
          setPrompt({ card, subject, move: intent.move, input: intent.input, running: false, error: null });
          return;
        case "elsewhere":
          if (fromDrop) snapBack();
          say("info", intent.message);
          return;
        case "refuse":
          if (fromDrop) snapBack();
          say("blocked", intent.message);
          return;
      }
    },
    [execute, say, setDrag, snapBack],
  );

  const drop = useCallback(
    async (p: Pending, x: number, y: number) => {
      const d = dragRef.current;
      if (!d) return;
      const over = columnAt(x, y);
      const loaded = await (p.loading ?? loadMoves(p.card.itemId));
      if (!loaded.ok) {
        snapBack();
        say("refused", loaded.error.message);
        return;
      }
      const targeted = over !== null && loaded.moves.some((m) => m.targets.includes(over));
      if (over === null || (over === p.from && !targeted)) {
        // Dropped outside the columns, or back where it came from: no move meant.
        snapBack();
        return;
      }
      const intent = intentForDrop(loaded.moves, over, titles.current.get(over) ?? over);
      await perform(p.card, subjectOf(p.card, loaded), intent, true);
    },
    [perform, say, snapBack],
  );

  const beginPointer = useCallback(
    (e: ReactPointerEvent<HTMLElement>, card: BoardCard, from: ColumnKey) => {
      suppressClick.current = false;
      if (e.button !== 0 || dragRef.current || pending.current) return;
      const el = e.currentTarget;
      const p: Pending = {
        card,
        from,
        el,
        pointerId: e.pointerId,
        start: { x: e.clientX, y: e.clientY },
        loading: null,
      };
      pending.current = p;
      try {
        el.setPointerCapture?.(e.pointerId);
      } catch {
        /* not capturable (synthetic event): window listeners still see it */
      }

      const onMove = (ev: PointerEvent) => {
        if (ev.pointerId !== p.pointerId) return;
        const pos = { x: ev.clientX, y: ev.clientY };
        const d = dragRef.current;
        if (!d) {
          if (Math.hypot(pos.x - p.start.x, pos.y - p.start.y) < DRAG_THRESHOLD) return;
          const rect = p.el.getBoundingClientRect();
          window.getSelection?.()?.removeAllRanges();
          setDrag({
            card,
            from,
            grab: { x: p.start.x - rect.left, y: p.start.y - rect.top },
            origin: { left: rect.left, top: rect.top, width: rect.width },
            pos,
            loaded: null,
            over: columnAt(pos.x, pos.y),
            phase: "dragging",
          });
          p.loading = loadMoves(card.itemId);
          void p.loading.then((loaded) => {
            const now = dragRef.current;
            if (now && now.card.itemId === card.itemId && now.loaded === null) setDrag({ ...now, loaded });
          });
          return;
        }
        if (d.phase !== "dragging") return;
        ev.preventDefault();
        setDrag({ ...d, pos, over: columnAt(pos.x, pos.y) });
      };
      // No text selection while pressing and dragging a card.
      const onSelectStart = (ev: Event) => ev.preventDefault();
      const finish = () => {
        window.removeEventListener("selectstart", onSelectStart, true);
        window.removeEventListener("pointermove", onMove);
        window.removeEventListener("pointerup", onUp);
        window.removeEventListener("pointercancel", onCancel);
        window.removeEventListener("keydown", onKey, true);
        try {
          if (p.el.hasPointerCapture?.(p.pointerId)) p.el.releasePointerCapture(p.pointerId);
        } catch {
          /* already released */
        }
        if (pending.current === p) pending.current = null;
        detach.current = null;
      };
      const onUp = (ev: PointerEvent) => {
        if (ev.pointerId !== p.pointerId) return;
        finish();
        if (!dragRef.current) return; // a click: the card's onClick opens the item
        suppressClick.current = true;
        void drop(p, ev.clientX, ev.clientY);
      };
      const onCancel = (ev: PointerEvent) => {
        if (ev.pointerId !== p.pointerId) return;
        finish();
        snapBack();
      };
      const onKey = (ev: KeyboardEvent) => {
        if (ev.key !== "Escape" || !dragRef.current) return;
        ev.preventDefault();
        suppressClick.current = true;
        finish();
        snapBack();
      };
      window.addEventListener("selectstart", onSelectStart, true);
      window.addEventListener("pointermove", onMove);
      window.addEventListener("pointerup", onUp);
      window.addEventListener("pointercancel", onCancel);
      window.addEventListener("keydown", onKey, true);
      detach.current = finish;
    },
    [drop, setDrag, snapBack],
  );

  useEffect(() => () => detach.current?.(), []);

  const openMenu = useCallback((card: BoardCard, anchorEl: HTMLElement) => {
    const r = anchorEl.getBoundingClientRect();
    const anchor = { left: r.left, top: r.top, bottom: r.bottom };
    setMenu({ card, anchor, loaded: null });
    void loadMoves(card.itemId).then((loaded) =>
      setMenu((m) => (m && m.card.itemId === card.itemId && m.loaded === null ? { ...m, loaded } : m)),
    );
  }, []);

  const consumeClick = useCallback(() => {
    const was = suppressClick.current;
    suppressClick.current = false;
    return was;
  }, []);

  const actions = useMemo<MoveActions>(
    () => ({ beginPointer, openMenu, consumeClick }),
    [beginPointer, openMenu, consumeClick],
  );

  const closeMenu = useCallback((refocus: boolean) => {
    setMenu((m) => {
      if (m && refocus) queueMicrotask(() => focusCard(m.card.itemId));
      return null;
    });
  }, []);

  const chooseFromMenu = useCallback(
    (move: MoveOption) => {
      const m = menu;
      if (!m || !m.loaded?.ok) return;
      setMenu(null);
      const intent = intentFor(move);
      if (intent.kind !== "ask") queueMicrotask(() => focusCard(m.card.itemId));
      void perform(m.card, subjectOf(m.card, m.loaded), intent, false);
    },
    [menu, perform],
  );

  const submitPrompt = useCallback(
    async (text: string) => {
      const p = prompt;
      if (!p || p.running) return;
      setPrompt({ ...p, running: true, error: null });
      markBusy(p.subject.itemId, true);
      const result = await runMove(p.move, p.subject, text);
      markBusy(p.subject.itemId, false);
      if (result.ok) {
        setPrompt(null);
        focusCard(p.card.itemId);
      } else if (result.error.code === "validation") {
        // Rust refused what was typed: keep the dialog open with its message.
        setPrompt({ ...p, running: false, error: result.error.message });
      } else {
        setPrompt(null);
        say("refused", result.error.message);
        focusCard(p.card.itemId);
      }
    },
    [prompt, markBusy, say],
  );

  const cancelPrompt = useCallback(() => {
    setPrompt((p) => {
      if (p) queueMicrotask(() => focusCard(p.card.itemId));
      return null;
    });
  }, []);

  const drops = useMemo(
    () => (drag?.loaded?.ok ? columnDrops(drag.loaded.moves) : null),
    [drag?.loaded],
  );
  const dropFor = useCallback(
    (column: ColumnKey): ColumnDrop | null => {
      if (!drops || drag?.phase !== "dragging") return null;
      return drops.get(column) ?? NONE;
    },
    [drops, drag?.phase],
  );

  return {
    actions,
    drag,
    dropFor,
    busy,
    menu,
    closeMenu,
    chooseFromMenu,
    prompt,
    submitPrompt,
    cancelPrompt,
    toast,
    say,
    dismissToast: () => setToast(null),
  };
}
