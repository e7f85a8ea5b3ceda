import { useEffect, useState } from "react";
import type { AppError } from "../bindings";
import { call, type CommandReply } from "../ipc";
import { useFieldErrors } from "../shell/useFieldErrors";

function same<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

type EntryEditorOptions<V, D, I, P> = {
  /** The stored entry (latest version seen), or null for a new one. */
  stored: V | null;
  empty: () => D;
  fromStored: (v: V) => D;
  toInput: (d: D) => I;
  /** Where Rust's refusal belongs on the form. */
  placeOf: (error: AppError | null) => P | null;
  /** The commands that store it: each answers the new id or version. */
  create: (input: I) => Promise<CommandReply<number>>;
  update: (id: number, version: number, input: I) => Promise<CommandReply<number>>;
  onCreated: (id: number, input: I) => void;
};

/**
 * An editor of a versioned catalog entry (or of a new one while `stored` is
 * null): the draft, what was last saved or loaded, whether the person changed
 * it, Rust's refusal and where it sits, and the version to send. A newer
 * version (saved here, archived, or at another desk) is followed unless the
 * person is typing; Rust may tidy what it stores ("monitor-rent" →
 * "MONITOR-RENT"), and the draft then shows what was stored.
 */
export function useEntryEditor<V extends { id: number; version: number }, D, I, P extends { at: string }>(
  options: EntryEditorOptions<V, D, I, P>,
) {
  const { stored, empty, fromStored, toInput } = options;
  const [base, setBase] = useState<V | null>(stored);
  const [draft, setDraft] = useState<D>(() => (stored ? fromStored(stored) : empty()));
  const [savedInput, setSavedInput] = useState<I | null>(() => (stored ? toInput(fromStored(stored)) : null));
  const [version, setVersion] = useState(stored?.version ?? 0);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const errors = useFieldErrors(options.placeOf);
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

  async function save() {
    setSaving(true);
    setSaved(false);
    const answer = await call(() => (stored ? options.update(stored.id, version, input) : options.create(input)));
    setSaving(false);
    if (!answer.ok) return errors.setError(answer.error);
    errors.setError(null);
    if (!stored) return options.onCreated(answer.data, input);
    setVersion(answer.data);
    setSavedInput(input);
    setSaved(true);
  }

  return {
    draft,
    ...errors,
    /** A change to the draft; drops Rust's refusal where `clears` says the change touches. */
    edit: (change: Partial<D>, clears: (p: P) => boolean) => {
      setDraft((d) => ({ ...d, ...change }));
      setSaved(false);
      errors.clearIf(clears);
    },
    /** What `CatalogEditor` needs besides its words and fields. */
    editorProps: {
      version,
      dirty,
      saving,
      saved,
      onError: errors.setError,
      onSave: () => void save(),
      onDiscard:
        stored && dirty && base
          ? () => {
              setDraft(fromStored(base));
              errors.setError(null);
            }
          : null,
      onLoadLatest:
        stored &&
        (() => {
          follow(stored);
          errors.setError(null);
        }),
      /** Archived or restored: the entry changed, the draft did not. */
      onArchived: setVersion,
    },
  };
}
