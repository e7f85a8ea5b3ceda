import { useEffect, useState } from "react";

function same<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * An editor's draft of a stored entry (or of a new one while `stored` is
 * null): what was last saved or loaded, whether the person changed it, the
 * version to send, and following a newer version (saved here, archived, or
 * at another desk) unless the person is typing. Rust may tidy what it
 * stores ("monitor-rent" → "MONITOR-RENT"): the draft then follows the reload.
 */
export function useStoredDraft<V extends { version: number }, D, I>(
  stored: V | null,
  empty: () => D,
  fromStored: (v: V) => D,
  toInput: (d: D) => I,
) {
  const [base, setBase] = useState<V | null>(stored);
  const [draft, setDraft] = useState<D>(() => (stored ? fromStored(stored) : empty()));
  const [savedInput, setSavedInput] = useState<I | null>(() => (stored ? toInput(fromStored(stored)) : null));
  const [version, setVersion] = useState(stored?.version ?? 0);
  const input = toInput(draft);
  const dirty = savedInput === null || !same(input, savedInput);

  function follow(v: V) {
    const d = fromStored(v);
    setBase(v);
    setDraft(d);
    setSavedInput(toInput(d));
    setVersion(v.version);
  }

  useEffect(() => {
    if (stored && base && stored.version > base.version && !dirty) follow(stored);
  });

  return {
    draft,
    setDraft,
    input,
    dirty,
    version,
    /** Rust stored `input` as `newVersion`. */
    saved: (newVersion: number) => {
      setVersion(newVersion);
      setSavedInput(input);
    },
    /** A step that changed the entry but not the draft (archive, restore). */
    bumped: setVersion,
    /** After a conflict: the latest stored version, edits dropped. */
    loadLatest: () => stored && follow(stored),
    discard: base ? () => setDraft(fromStored(base)) : null,
  };
}
