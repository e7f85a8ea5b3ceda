import { useState } from "react";

/** Which entry the editor beside a list shows: a stored one, or a new one (numbered so "New" twice starts afresh). */
export type EditorTarget = { kind: "stored"; id: number } | { kind: "new"; n: number } | null;

/** The editor beside a list screen: what it shows, and a React key that starts it afresh for another entry. */
export function useEditorTarget(keyPrefix: string, openId: number | null = null) {
  const [editing, setEditing] = useState<EditorTarget>(openId === null ? null : { kind: "stored", id: openId });
  return {
    editing,
    /** The stored entry being edited, or null (nothing, or a new one). */
    editingId: editing?.kind === "stored" ? editing.id : null,
    editorKey: editing?.kind === "stored" ? `${keyPrefix}-${editing.id}` : `new-${editing?.n ?? 0}`,
    open: (id: number) => setEditing({ kind: "stored", id }),
    openNew: () => setEditing((e) => ({ kind: "new", n: e?.kind === "new" ? e.n + 1 : 1 })),
    close: () => setEditing(null),
  };
}
