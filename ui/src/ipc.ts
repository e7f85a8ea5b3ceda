// One shape for every answer from Rust: ok with data, or Rust's AppError.
// A rejected promise of the IPC layer itself becomes an "internal" AppError,
// never a throw, so screens handle exactly one kind of failure.
//
// And every call can be answered: a string with a lone UTF-16 surrogate
// (half of an emoji cut by a paste, a broken caller) is not JSON that Rust can
// read, and the IPC layer would drop the call without a reply. Every
// command's arguments are made well-formed here, before they are sent.

import { type AppError, commands } from "./bindings";

export type Outcome<T = unknown> = { ok: true; data: T } | { ok: false; error: AppError };

/** What a generated command resolves to (see `typedError` in bindings.ts). */
export type CommandReply<T> = { status: "ok"; data: T } | { status: "error"; error: AppError };

/**
 * An exception from the IPC layer itself (not a typed AppError from Rust:
 * those arrive as values), e.g. the page opened outside the Tauri window.
 */
export function unexpectedError(cause: unknown): AppError {
  const message = cause instanceof Error ? cause.message : String(cause);
  return { code: "internal", message: message || "Unexpected error", field: null };
}

/** Whether a rejection is Rust's AppError (not a bare string from the IPC layer). */
function isAppError(e: unknown): e is AppError {
  return typeof e === "object" && e !== null && typeof (e as AppError).code === "string" && typeof (e as AppError).message === "string";
}

/** Runs one command and turns its reply, or the exception it threw, into an Outcome. */
export async function call<T>(run: () => Promise<CommandReply<T>>): Promise<Outcome<T>> {
  try {
    const r = await run();
    if (r.status === "ok") return { ok: true, data: r.data };
    return { ok: false, error: isAppError(r.error) ? r.error : unexpectedError(r.error) };
  } catch (cause) {
    return { ok: false, error: unexpectedError(cause) };
  }
}

/** `s` with every lone surrogate replaced by U+FFFD, as String.prototype.toWellFormed does. */
export function wellFormedString(s: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    const next = s.charCodeAt(i + 1);
    if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      i++; // a whole pair
      continue;
    }
    out += s.slice(from, i) + "\uFFFD";
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** A command argument with every string in it (object keys too) well-formed. */
export function wellFormed<V>(value: V): V {
  if (typeof value === "string") return wellFormedString(value) as V;
  if (Array.isArray(value)) return value.map(wellFormed) as V;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [wellFormedString(k), wellFormed(v)])) as V;
  }
  return value;
}

// The screens call the generated `commands`; each is wrapped here, once, so
// that every call sends well-formed arguments whoever makes it.
const sendAs = commands as unknown as Record<string, (...args: unknown[]) => unknown>;
for (const name of Object.keys(sendAs)) {
  const send = sendAs[name]!;
  sendAs[name] = (...args: unknown[]) => send(...args.map(wellFormed));
}
