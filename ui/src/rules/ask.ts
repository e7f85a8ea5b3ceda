// One shape for every answer from Rust: ok with data, or Rust's error.
// A rejected promise (IPC failure) becomes an "internal" error, never a throw.

import type { AppError } from "../bindings";
import { unexpectedError } from "../board/boardState";

export type Answer<T> = { ok: true; data: T } | { ok: false; error: AppError };

export async function ask<T>(
  call: () => Promise<{ status: "ok"; data: T } | { status: "error"; error: AppError }>,
): Promise<Answer<T>> {
  try {
    const r = await call();
    return r.status === "ok" ? { ok: true, data: r.data } : { ok: false, error: r.error };
  } catch (cause) {
    return { ok: false, error: unexpectedError(cause) };
  }
}
