import { describe, expect, it } from "vitest";
import { rust } from "../test/rust";
import { hourRange, workMinutes } from "./time";

describe("a resource's working hours", () => {
  it("are the shop's wall-clock times, as Rust checks them, whatever the zone", () => {
    const van = rust.planner.resources.find((r) => r.kind === "van")!;
    expect(van.workStart).toBe("07:00");
    expect(workMinutes(van)).toEqual({ start: 7 * 60, end: 18 * 60 });
  });

  it("make the day view run from the earliest start to the latest end", () => {
    expect(hourRange(rust.planner.resources, rust.clock.today)).toEqual({ from: 7 * 60, to: 18 * 60 });
  });
});
