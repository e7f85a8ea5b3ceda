import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it } from "vitest";
import { type AppError, commands } from "./bindings";
import { call, wellFormed, wellFormedString } from "./ipc";

describe("wellFormedString", () => {
  it("replaces each lone surrogate and keeps whole pairs", () => {
    expect(wellFormedString("a\ud800b")).toBe("a\uFFFDb");
    expect(wellFormedString("\udc00")).toBe("\uFFFD");
    expect(wellFormedString("end\ud83d")).toBe("end\uFFFD");
    expect(wellFormedString("x\ud83d\ude00\ud800\udbff")).toBe("x\ud83d\ude00\uFFFD\uFFFD");
    const fine = "Straße 😀 ok";
    expect(wellFormedString(fine)).toBe(fine);
  });

  it("reaches every string of an argument, object keys included", () => {
    expect(wellFormed({ note: "a\ud800", specs: { "k\udc00": ["\ud800"] }, n: 3, none: null })).toEqual({
      note: "a\uFFFD",
      specs: { "k\uFFFD": ["\uFFFD"] },
      n: 3,
      none: null,
    });
  });
});

describe("call", () => {
  it("sends well-formed arguments, so a lone surrogate cannot leave the call unanswered", async () => {
    const sent: unknown[] = [];
    mockIPC((cmd, args) => {
      sent.push({ cmd, args });
      return { itemId: 1, status: "ready", version: 2, onHold: true, reason: "held" };
    });
    const r = await call(() => commands.itemHold(1, 1, "a\ud800b"));
    expect(r.ok).toBe(true);
    expect(sent).toEqual([{ cmd: "item_hold", args: { itemId: 1, version: 1, reason: "a\uFFFDb" } }]);
  });

  it("shows Rust's invalid_input like any other refusal", async () => {
    const refusal: AppError = { code: "invalid_input", message: "is missing", field: "itemId" };
    mockIPC(() => {
      throw refusal;
    });
    expect(await call(() => commands.itemMarkPrepared(1, 1, []))).toEqual({ ok: false, error: refusal });
  });

  it("turns a bare string from the IPC layer into an error with its words", async () => {
    mockIPC(() => {
      throw "command item_hold missing required key itemId";
    });
    expect(await call(() => commands.itemMarkPrepared(1, 1, []))).toEqual({
      ok: false,
      error: { code: "internal", message: "command item_hold missing required key itemId", field: null },
    });
  });
});
