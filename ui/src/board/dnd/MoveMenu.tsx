import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MoveOption } from "../../bindings";
import type { MenuState } from "./useMoves";

type MoveMenuProps = {
  menu: MenuState;
  onChoose: (move: MoveOption) => void;
  /** `refocus`: give focus back to the card (Esc), not when the person clicked elsewhere. */
  onClose: (refocus: boolean) => void;
};

/** Rust's moves for one card as a menu: arrows, Enter, Esc. Disabled ones say why. */
export function MoveMenu({ menu, onChoose, onClose }: MoveMenuProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const idBase = useId();
  const moves = menu.loaded?.ok ? menu.loaded.data.moves : [];
  const [active, setActive] = useState(-1);

  // Focus the first enabled move once they arrive (the menu itself until then).
  useEffect(() => {
    if (!menu.loaded) {
      ref.current?.focus();
      return;
    }
    const first = moves.findIndex((m) => m.enabled);
    setActive(first >= 0 ? first : moves.length > 0 ? 0 : -1);
    if (moves.length === 0) ref.current?.focus();
  }, [menu.loaded]);

  useEffect(() => {
    if (active < 0) return;
    ref.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.focus();
  }, [active]);

  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) onClose(false);
    };
    document.addEventListener("pointerdown", onDown, true);
    return () => document.removeEventListener("pointerdown", onDown, true);
  }, [onClose]);

  const choose = (index: number) => {
    const move = moves[index];
    if (move?.enabled) onChoose(move);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const n = moves.length;
    switch (e.key) {
      case "ArrowDown":
        if (n) setActive((i) => (i + 1) % n);
        break;
      case "ArrowUp":
        if (n) setActive((i) => (i - 1 + n) % n);
        break;
      case "Home":
        if (n) setActive(0);
        break;
      case "End":
        if (n) setActive(n - 1);
        break;
      case "Enter":
      case " ":
        choose(active);
        break;
      case "Escape":
        onClose(true);
        break;
      case "Tab":
        onClose(true);
        break;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
  };

  const top = Math.min(menu.anchor.bottom + 4, window.innerHeight - 40);
  const left = Math.max(8, Math.min(menu.anchor.left, window.innerWidth - 288));

  return (
    <div
      ref={ref}
      className="move-menu"
      role="menu"
      aria-label={t("moves.menuName", { order: menu.card.orderNumber, title: menu.card.title })}
      aria-busy={menu.loaded === null}
      tabIndex={-1}
      style={{ top, left }}
      onKeyDown={onKeyDown}
    >
      {menu.loaded === null && <div className="move-menu__note">{t("moves.loading")}</div>}
      {menu.loaded && !menu.loaded.ok && (
        <div className="move-menu__note move-menu__note--error">{menu.loaded.error.message}</div>
      )}
      {menu.loaded?.ok && moves.length === 0 && <div className="move-menu__note">{t("moves.none")}</div>}
      {moves.map((move, i) => {
        const reasonId = `${idBase}-reason-${i}`;
        return (
          <div
            key={move.action}
            className="move-menu__item"
            role="menuitem"
            tabIndex={i === active ? 0 : -1}
            data-index={i}
            data-action={move.action}
            aria-disabled={!move.enabled || undefined}
            aria-describedby={!move.enabled && move.disabledReason ? reasonId : undefined}
            onClick={() => choose(i)}
            onPointerEnter={() => setActive(i)}
          >
            <span className="move-menu__label">{move.label}</span>
            {!move.enabled && move.disabledReason && (
              <span className="move-menu__reason" id={reasonId}>
                {move.disabledReason}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
