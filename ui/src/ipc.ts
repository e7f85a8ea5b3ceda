// One shape for every answer from Rust: ok with data, or Rust's AppError.
// A rejected promise of the IPC layer itself becomes an "internal" AppError,
// never a throw, so screens handle exactly one kind of failure.

import type { AppError } from "./bindings";

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

/** Runs one command and turns its reply, or the exception it threw, into an Outcome. */
export async function call<T>(run: () => Promise<CommandReply<T>>): Promise<Outcome<T>> {
  try {
    const r = await run();
    return r.status === "ok" ? { ok: true, data: r.data } : { ok: false, error: r.error };
  } catch (cause) {
    return { ok: false, error: unexpectedError(cause) };
  }
}
