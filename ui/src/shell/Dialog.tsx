import {
  createContext,
  type FormEventHandler,
  type HTMLAttributes,
  type KeyboardEvent,
  type KeyboardEventHandler,
  type ReactNode,
  type Ref,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import "./dialog.css";

/** What can take focus with Tab inside a dialog. */
const TABBABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

const TitleId = createContext<string | undefined>(undefined);

type DialogProps = Omit<HTMLAttributes<HTMLElement>, "role" | "onKeyDown" | "onSubmit"> & {
  /** The dialog element's class (e.g. "move-prompt", "inbox"): its look and what tests select on. */
  className: string;
  backdropClassName: string;
  /** Esc and a press on the backdrop ask to close; the dialog decides (a form may ask before it discards). */
  onClose: () => void;
  /** Names a dialog that has no DialogTitle of its own. */
  label?: string;
  /** Makes the dialog itself one form. */
  onSubmit?: FormEventHandler<HTMLFormElement>;
  /** The dialog's own keys (Ctrl+Enter in the order form); Esc and Tab are left alone once it prevents the default. */
  onKeyDown?: KeyboardEventHandler<HTMLElement>;
  /** A press on the backdrop closes (true unless the backdrop is something to scroll, like the day sheet's). */
  backdropCloses?: boolean;
  /** The dialog element, for a dialog that moves focus within itself. */
  ref?: Ref<HTMLElement>;
  children: ReactNode;
};

/**
 * A modal dialog: focus moves in (to `[data-autofocus]`, else the dialog),
 * Tab stays inside, Esc closes, and on close focus goes back to what had it
 * before, unless something else has taken it meanwhile.
 */
export function Dialog({
  className,
  backdropClassName,
  onClose,
  label,
  onSubmit,
  onKeyDown,
  backdropCloses = true,
  ref: outer,
  children,
  ...attributes
}: DialogProps) {
  const ref = useRef<HTMLElement | null>(null);
  const setRef = (el: HTMLElement | null) => {
    ref.current = el;
    if (typeof outer === "function") outer(el);
    else if (outer) outer.current = el;
  };
  const titleId = useId();
  // What had focus before the dialog: taken while it first renders, since a
  // field inside that focuses itself on mount (a DateField's autoFocus) does
  // so before this dialog's effect runs.
  const [opener] = useState(() => focused());

  useEffect(() => {
    const root = ref.current;
    // A dialog that took the place of another (a booking's delivery note) is
    // opened by a button that has gone: the focus that one gave back is next.
    const given = root?.contains(document.activeElement) ? null : focused();
    if (!root?.contains(document.activeElement)) (root?.querySelector<HTMLElement>("[data-autofocus]") ?? root)?.focus();
    return () => {
      // Focus fell to the page when the dialog went: give it back. A dialog
      // whose caller moves focus itself (the board's card) is left alone.
      const lost = document.activeElement === null || document.activeElement === document.body;
      const back = [opener, given].find((el) => el?.isConnected);
      if (lost && back) back.focus();
    };
  }, []);

  const keyDown = (e: KeyboardEvent<HTMLElement>) => {
    onKeyDown?.(e);
    if (e.defaultPrevented) return;
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    } else if (e.key === "Tab" && ref.current) {
      trapTab(e, ref.current);
    }
  };

  const dialog = {
    ...attributes,
    className,
    role: "dialog",
    "aria-modal": true,
    "aria-label": label,
    "aria-labelledby": label === undefined ? titleId : undefined,
    tabIndex: -1,
    onKeyDown: keyDown,
  };

  return (
    <div
      className={backdropClassName}
      onPointerDown={(e) => {
        if (backdropCloses && e.target === e.currentTarget) onClose();
      }}
    >
      <TitleId.Provider value={titleId}>
        {onSubmit ? (
          <form ref={setRef} {...dialog} onSubmit={onSubmit}>
            {children}
          </form>
        ) : (
          <div ref={setRef} {...dialog}>
            {children}
          </div>
        )}
      </TitleId.Provider>
    </div>
  );
}

function focused(): HTMLElement | null {
  return document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
}

/** The heading that names its dialog. */
export function DialogTitle({ className, children }: { className: string; children: ReactNode }) {
  return (
    <h2 className={className} id={useContext(TitleId)}>
      {children}
    </h2>
  );
}

/** Tab from the last control goes to the first, Shift+Tab from the first (or the dialog itself) to the last. */
function trapTab(e: KeyboardEvent<HTMLElement>, root: HTMLElement) {
  // Filtered from every element rather than queried by the list: jsdom returns a
  // selector list's matches grouped by selector, not in document order.
  const tabbable = [...root.querySelectorAll<HTMLElement>("*")].filter((el) => el.matches(TABBABLE));
  const first = tabbable[0];
  const last = tabbable[tabbable.length - 1];
  if (!first || !last) {
    e.preventDefault();
    return;
  }
  const at = document.activeElement;
  if (e.shiftKey && (at === first || at === root)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && at === last) {
    e.preventDefault();
    first.focus();
  }
}
