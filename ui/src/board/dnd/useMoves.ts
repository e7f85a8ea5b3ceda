// The board's move controller: pointer drags, the move menu, the note/reason
// prompt, busy cards and the notice of what a move did. It only draws Rust's answers and sends
// intents: which moves exist, and whether they run, is Rust's call
// (ui/src/moves/ reads that answer; ui/src/moves/runMove.ts sends it).

import { type PointerEvent as ReactPointerEvent, useCallback, useMemo, useRef, useState } from "react";
import type { BoardCard, BoardView, ColumnKey, MoveOption } from "../../bindings";
import { type DragFrame, usePointerDrag } from "../../dnd/usePointerDrag";
import { type ColumnDrop, columnDrops, intentFor, intentForDrop, type MoveIntent } from "../../moves/chooseMove";
import { type LoadedMoves, loadMoves } from "../../moves/loadMoves";
import { type Notice, type NoticeKind, noticeFor, refusal, undoNotice } from "../../moves/notice";
import type { ActionSubject } from "../../moves/actions";
import { runMove } from "../../moves/runMove";
import { followCard, focusCard as revealAndFocus } from "../revealCard";


/** A card on the move; `grab` is the pointer minus the card's top-left corner at the press. */
export type Drag = DragFrame & {
  card: BoardCard;
  from: ColumnKey;
  /** Rust's moves for the card; null while they load. */
  loaded: LoadedMoves | null;
  over: ColumnKey | null;
};

export type MenuState = {
  card: BoardCard;
  anchor: { left: number; top: number; bottom: number };
  loaded: LoadedMoves | null;
};

export type PromptState = {
  card: BoardCard;
  subject: ActionSubject;
  move: MoveOption;
  input: "note" | "reason";
  running: boolean;
  error: string | null;
};

/** Stable callbacks the cards call (through MovesContext). */
export type MoveActions = {
  beginPointer: (e: ReactPointerEvent<HTMLElement>, card: BoardCard, from: ColumnKey) => void;
  openMenu: (card: BoardCard, anchor: HTMLElement) => void;
  /** True (once) when the click that follows a drag should not open the item. */
  consumeClick: () => boolean;
};

/** The pressed card; `loading`: its moves, asked for once the press becomes a drag. */
type Pending = {
  card: BoardCard;
  from: ColumnKey;
  loading: Promise<LoadedMoves> | null;
};

const NONE: ColumnDrop = { kind: "none" };

const notOver = (d: Drag): Drag => ({ ...d, over: null });

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

function subjectOf(card: BoardCard, loaded: LoadedMoves & { ok: true }): ActionSubject {
  return { itemId: card.itemId, version: loaded.data.version, orderId: card.orderId, orderVersion: card.orderVersion };
}

/** `onOpen`: opens an item's panel, where a move done by scan is done. */
export function useMoves(board: BoardView, onOpen?: (itemId: number) => void) {
  const { drag, current, setDrag, snapBack, press, consumeClick } = usePointerDrag<Drag>(notOver);
  const [menu, setMenu] = useState<MenuState | null>(null);
  const [prompt, setPrompt] = useState<PromptState | null>(null);
  const [busy, setBusy] = useState<ReadonlySet<number>>(() => new Set());

  const [notice, setNotice] = useState<Notice | null>(null);
  /** A refusal, or where a move is done instead, said at the item's card. */
  const say = useCallback((kind: NoticeKind, message: string, itemId: number | null = null) => {
    setNotice(refusal(message, itemId, kind));
  }, []);
  const dismissNotice = useCallback(() => setNotice(null), []);
  const titles = useRef(new Map<ColumnKey, string>());
  titles.current = new Map(board.columns.map((c) => [c.key, c.title]));

  const markBusy = useCallback((itemId: number, on: boolean) => {
    setBusy((prev) => {
      const next = new Set(prev);
      if (on) next.add(itemId);
      else next.delete(itemId);
      return next;
    });
  }, []);

  /** Runs a move; true when Rust accepted it. Either way the notice says what happened, in Rust's words. */
  const execute = useCallback(
    async (subject: ActionSubject, move: MoveOption, text: string): Promise<boolean> => {
      markBusy(subject.itemId, true);
      try {
        const result = await runMove(move, subject, { text });
        setNotice(noticeFor(result, subject.itemId));
        return result.ok;
      } finally {
        markBusy(subject.itemId, false);
      }
    },
    [markBusy],
  );

  /**
   * The one path a chosen move takes, from a drop or from the menu:
   * run it, ask for its note/reason, open the item's panel to scan, or say
   * where it is done instead.
   */
  const perform = useCallback(
    async (card: BoardCard, subject: ActionSubject, intent: MoveIntent, fromDrop: boolean) => {
      switch (intent.kind) {
        case "run": {
          if (fromDrop) {
            const d = current();
            setDrag(d && { ...d, phase: "dropping" });
          }
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
        case "panel":
          // The card stays until the scan is done; the panel opens at its scan field.
          if (fromDrop) snapBack();
          onOpen?.(card.itemId);
          return;
        case "elsewhere":
          if (fromDrop) snapBack();
          say("info", intent.message, card.itemId);
          return;
        case "refuse":
          if (fromDrop) snapBack();
          say("blocked", intent.message, card.itemId);
          return;
      }
    },
    [current, execute, onOpen, say, setDrag, snapBack],
  );

  const drop = useCallback(
    async (p: Pending, x: number, y: number) => {
      const d = current();
      if (!d) return;
      const over = columnAt(x, y);
      const loaded = await (p.loading ?? loadMoves(p.card.itemId));
      if (!loaded.ok) {
        snapBack();
        say("refused", loaded.error.message, p.card.itemId);
        return;
      }
      const targeted = over !== null && loaded.data.moves.some((m) => m.targets.includes(over));
      if (over === null || (over === p.from && !targeted)) {
        // Dropped outside the columns, or back where it came from: no move meant.
        snapBack();
        return;
      }
      const intent = intentForDrop(loaded.data.moves, over, titles.current.get(over) ?? over);
      await perform(p.card, subjectOf(p.card, loaded), intent, true);
    },
    [current, perform, say, snapBack],
  );

  const beginPointer = useCallback(
    (e: ReactPointerEvent<HTMLElement>, card: BoardCard, from: ColumnKey) => {
      const p: Pending = { card, from, loading: null };
      press(e, {
        begin: (rect, start, pos) => {
          p.loading = loadMoves(card.itemId);
          void p.loading.then((loaded) => {
            const now = current();
            if (now && now.card.itemId === card.itemId && now.loaded === null) setDrag({ ...now, loaded });
          });
          return {
            card,
            from,
            grab: { x: start.x - rect.left, y: start.y - rect.top },
            origin: { left: rect.left, top: rect.top, width: rect.width },
            pos,
            loaded: null,
            over: columnAt(pos.x, pos.y),
            phase: "dragging",
          };
        },
        hover: (d, pos) => ({ ...d, pos, over: columnAt(pos.x, pos.y) }),
        // A click (no drag) is left to the card's onClick, which opens the item.
        drop: (x, y) => void drop(p, x, y),
      });
    },
    [current, drop, press, setDrag],
  );

  const openMenu = useCallback((card: BoardCard, anchorEl: HTMLElement) => {
    const r = anchorEl.getBoundingClientRect();
    const anchor = { left: r.left, top: r.top, bottom: r.bottom };
    setMenu({ card, anchor, loaded: null });
    void loadMoves(card.itemId).then((loaded) =>
      setMenu((m) => (m && m.card.itemId === card.itemId && m.loaded === null ? { ...m, loaded } : m)),
    );
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
      // A prompt or the item's panel takes the focus; otherwise it goes back to the card.
      if (intent.kind !== "ask" && intent.kind !== "panel") queueMicrotask(() => focusCard(m.card.itemId));
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
      const result = await runMove(p.move, p.subject, { text });
      markBusy(p.subject.itemId, false);
      if (result.ok) {
        setPrompt(null);
        setNotice(noticeFor(result, p.subject.itemId));
        focusCard(p.card.itemId);
      } else if (result.error.code === "validation") {
        // Rust refused what was typed: keep the dialog open with its message.
        setPrompt({ ...p, running: false, error: result.error.message });
      } else {
        setPrompt(null);
        say("refused", result.error.message, p.card.itemId);
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
    () => (drag?.loaded?.ok ? columnDrops(drag.loaded.data.moves) : null),
    [drag?.loaded],
  );
  const dropFor = useCallback(
    (column: ColumnKey): ColumnDrop | null => {
      if (!drops || drag?.phase !== "dragging") return null;
      return drops.get(column) ?? NONE;
    },
    [drops, drag?.phase],
  );

  /** The notice's Undo: Rust takes the step back, and the notice says where the item is now. */
  const undoFromNotice = useCallback(async () => {
    const n = notice;
    if (!n?.undo || n.itemId === null) return;
    const itemId = n.itemId;
    markBusy(itemId, true);
    const next = await undoNotice(n);
    markBusy(itemId, false);
    setNotice(next);
    focusCard(itemId);
  }, [notice, markBusy]);

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
    notice,
    showNotice: setNotice,
    say,
    dismissNotice,
    undoFromNotice,
  };
}
