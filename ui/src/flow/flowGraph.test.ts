import { describe, expect, it } from "vitest";
import type { FlowStats } from "../bindings";
import { column } from "../test/fixtures";
import { buildFlowGraph, edgeWidth } from "./flowGraph";
import { elkGraph, layoutFlow, roundedPath } from "./layout";

const columns = [
  column("approval", [], { title: "Approval", count: 4 }),
  column("assignment", [], { title: "Service assignment", count: 1 }),
  column("preparation", [], { title: "Preparation", count: 6 }),
  column("delivery_queue", [], { title: "Delivery queue", count: 2 }),
  column("done", [], { title: "Done", count: 0 }),
];

const stats: FlowStats = {
  edges: [
    { from: "new", to: "assigned", fromNode: { kind: "intake" }, toNode: { kind: "column", column: "preparation" }, direction: "forward", today: 1, lastSevenDays: 5 },
    { from: "new", to: "awaiting_approval", fromNode: { kind: "intake" }, toNode: { kind: "column", column: "approval" }, direction: "forward", today: 2, lastSevenDays: 3 },
    { from: "assigned", to: "preparing", fromNode: { kind: "column", column: "preparation" }, toNode: { kind: "column", column: "preparation" }, direction: "forward", today: 4, lastSevenDays: 6 },
    { from: "awaiting_approval", to: "assigned", fromNode: { kind: "column", column: "approval" }, toNode: { kind: "column", column: "preparation" }, direction: "forward", today: 1, lastSevenDays: 2 },
    { from: "awaiting_approval", to: "needs_assignment", fromNode: { kind: "column", column: "approval" }, toNode: { kind: "column", column: "assignment" }, direction: "forward", today: 0, lastSevenDays: 1 },
    { from: "needs_assignment", to: "assigned", fromNode: { kind: "column", column: "assignment" }, toNode: { kind: "column", column: "preparation" }, direction: "forward", today: 0, lastSevenDays: 1 },
    { from: "assigned", to: "needs_assignment", fromNode: { kind: "column", column: "preparation" }, toNode: { kind: "column", column: "assignment" }, direction: "back", today: 1, lastSevenDays: 1 },
    { from: "preparing", to: "cancelled", fromNode: { kind: "column", column: "preparation" }, toNode: { kind: "cancelled" }, direction: "exit", today: 0, lastSevenDays: 1 },
    { from: "awaiting_approval", to: "cancelled", fromNode: { kind: "column", column: "approval" }, toNode: { kind: "cancelled" }, direction: "exit", today: 1, lastSevenDays: 1 },
  ],
};

describe("buildFlowGraph", () => {
  it("puts the intake first, the columns in board order, the exit last", () => {
    const g = buildFlowGraph(columns, stats);
    expect(g.nodes.map((n) => n.id)).toEqual([
      "intake",
      "approval",
      "assignment",
      "preparation",
      "delivery_queue",
      "done",
      "cancelled",
    ]);
    expect(g.nodes.map((n) => n.columnKey)).toEqual([
      null,
      "approval",
      "assignment",
      "preparation",
      "delivery_queue",
      "done",
      null,
    ]);
    expect(g.nodes.find((n) => n.id === "preparation")?.count).toBe(6);
  });

  it("joins the statuses of one column and tells forward, back and exit apart", () => {
    const g = buildFlowGraph(columns, stats);
    const byId = Object.fromEntries(g.edges.map((e) => [e.id, [e.kind, e.today, e.lastSevenDays]]));
    expect(byId).toEqual({
      "intake->preparation": ["forward", 1, 5],
      "intake->approval": ["forward", 2, 3],
      "approval->preparation": ["forward", 1, 2],
      "approval->assignment": ["forward", 0, 1],
      "assignment->preparation": ["forward", 0, 1],
      "preparation->assignment": ["back", 1, 1],
      "preparation->cancelled": ["exit", 0, 1],
      "approval->cancelled": ["exit", 1, 1],
    });
    expect(g.nodes.find((n) => n.id === "preparation")?.within).toEqual({ today: 4, lastSevenDays: 6 });
    expect(g.nodes.find((n) => n.id === "cancelled")?.count).toBe(2);
    expect(g.total).toEqual({ today: 10, lastSevenDays: 21 });
    expect(g.maxWeek).toBe(5);
  });

  it("draws busier paths thicker", () => {
    expect(edgeWidth(0, 10)).toBe(1);
    expect(edgeWidth(1, 10)).toBeLessThan(edgeWidth(5, 10));
    expect(edgeWidth(10, 10)).toBeCloseTo(6.5);
  });
});

describe("layout", () => {
  it("keeps the columns in order even when a path saw no traffic", () => {
    const g = buildFlowGraph(columns, { edges: [] });
    const elk = elkGraph(g);
    expect(elk.edges?.map((e) => e.id)).toEqual([
      "layout:intake->approval",
      "layout:approval->assignment",
      "layout:assignment->preparation",
      "layout:preparation->delivery_queue",
      "layout:delivery_queue->done",
      "layout:preparation->cancelled",
    ]);
  });

  it("lays the columns out left to right (wrapping into rows) with the exit below, and routes every edge", async () => {
    const g = buildFlowGraph(columns, stats);
    const layout = await layoutFlow(g);
    const box = (id: string) => layout.nodes.get(id) ?? { x: NaN, y: NaN, width: 0, height: 0 };
    const ids = ["intake", "approval", "assignment", "preparation", "delivery_queue", "done"];
    for (let i = 1; i < ids.length; i++) {
      const [a, b] = [box(ids[i - 1] as string), box(ids[i] as string)];
      expect(b.x > a.x || b.y >= a.y + a.height, `${ids[i]} comes after ${ids[i - 1]}`).toBe(true);
    }
    const exit = layout.nodes.get("cancelled");
    const approval = layout.nodes.get("approval");
    expect(exit && approval && exit.y > approval.y).toBe(true);
    for (const e of g.edges) {
      const route = layout.edges.get(e.id);
      expect(route?.points.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(route?.label).not.toBeNull();
    }
  });

  it("rounds the corners of a route", () => {
    expect(
      roundedPath([
        { x: 0, y: 0 },
        { x: 100, y: 0 },
        { x: 100, y: 50 },
      ]),
    ).toBe("M 0 0 L 90 0 Q 100 0 100 10 L 100 50");
  });
});
