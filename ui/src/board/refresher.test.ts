import { describe, expect, it } from "vitest";
import { createRefresher } from "./refresher";

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("createRefresher", () => {
  it("runs one load at a time and coalesces requests made meanwhile", async () => {
    const loads: ReturnType<typeof deferred<number>>[] = [];
    const results: number[] = [];
    const refresher = createRefresher({
      load: () => {
        const d = deferred<number>();
        loads.push(d);
        return d.promise;
      },
      onStart: () => {},
      onResult: (v) => results.push(v),
    });

    refresher.request();
    refresher.request();
    refresher.request();
    expect(loads).toHaveLength(1);

    loads[0]!.resolve(1);
    await flush();
    expect(results).toEqual([1]);
    expect(loads).toHaveLength(2); // one follow-up for the two extra requests

    loads[1]!.resolve(2);
    await flush();
    expect(results).toEqual([1, 2]);
    expect(loads).toHaveLength(2);
  });

  it("delivers nothing after stop", async () => {
    const d = deferred<number>();
    const results: number[] = [];
    const refresher = createRefresher({ load: () => d.promise, onStart: () => {}, onResult: (v) => results.push(v) });
    refresher.request();
    refresher.stop();
    d.resolve(1);
    await flush();
    refresher.request();
    expect(results).toEqual([]);
  });
});
