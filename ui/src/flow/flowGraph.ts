// The flow diagram's model, framework-free: the board's columns become the
// nodes (with the counts Rust computed), the transitions Rust counted become
// edges between them. No layout, no React.

import { i18n } from "../i18n";
import type { BoardColumn, FlowEdge, FlowNode, FlowStats } from "../bindings";

export const INTAKE = "intake";
export const CANCELLED = "cancelled";

/** Moves today and in the last seven days (today's included), as Rust counted them. */
export type Traffic = { today: number; lastSevenDays: number };

export type FlowNodeKind = "column" | "intake" | "exit";

export type FlowNodeModel = {
  id: string;
  kind: FlowNodeKind;
  title: string;
  /** "D1"… for decision points; a short tag otherwise. */
  point: string;
  description: string;
  /** The big number: items there now (columns) or items through it (intake, exit). */
  count: number;
  countLabel: string;
  /** A second line under the count (intake and exit: the other period). */
  note: string | null;
  /** Items on hold among those there now. */
  onHold: number;
  /** Moves between two statuses of the same column (e.g. assigned → preparing). */
  within: Traffic;
  /** The board column a click opens; null for nodes that are not columns. */
  columnKey: string | null;
};

export type FlowEdgeKind = "forward" | "back" | "exit";

export type FlowEdgeModel = Traffic & {
  id: string;
  source: string;
  target: string;
  kind: FlowEdgeKind;
};

export type FlowGraph = {
  nodes: FlowNodeModel[];
  edges: FlowEdgeModel[];
  /** Every transition counted, inside a column or not. */
  total: Traffic;
  /** The busiest edge's seven-day count (for line thickness); at least 1. */
  maxWeek: number;
};

/** The diagram node Rust says an edge end belongs to. */
export function nodeId(node: FlowNode): string {
  return node.kind === "column" ? node.column : node.kind === "intake" ? INTAKE : CANCELLED;
}

export function trafficLabel({ today, lastSevenDays }: Traffic): string {
  return i18n.t("flow.traffic", { today, week: lastSevenDays });
}

/** Builds the diagram from the board (nodes, counts) and the flow statistics (edges). */
export function buildFlowGraph(columns: readonly BoardColumn[], stats: FlowStats): FlowGraph {
  const within = new Map<string, Traffic>();
  const byPair = new Map<string, FlowEdgeModel>();
  const total: Traffic = { today: 0, lastSevenDays: 0 };
  const order = new Map<string, number>([[INTAKE, -1]]);
  columns.forEach((c, i) => order.set(c.key, i));
  order.set(CANCELLED, columns.length);

  for (const e of stats.edges as readonly FlowEdge[]) {
    const source = nodeId(e.fromNode);
    const target = nodeId(e.toNode);
    total.today += e.today;
    total.lastSevenDays += e.lastSevenDays;
    if (!order.has(source) || !order.has(target)) continue;
    if (source === target) {
      const w = within.get(source) ?? { today: 0, lastSevenDays: 0 };
      within.set(source, { today: w.today + e.today, lastSevenDays: w.lastSevenDays + e.lastSevenDays });
      continue;
    }
    const id = `${source}->${target}`;
    const existing = byPair.get(id);
    if (existing) {
      existing.today += e.today;
      existing.lastSevenDays += e.lastSevenDays;
      continue;
    }
    byPair.set(id, { id, source, target, kind: e.direction, today: e.today, lastSevenDays: e.lastSevenDays });
  }

  const edges = [...byPair.values()];
  const sum = (list: FlowEdgeModel[], pick: (e: FlowEdgeModel) => boolean): Traffic =>
    list.filter(pick).reduce((t, e) => ({ today: t.today + e.today, lastSevenDays: t.lastSevenDays + e.lastSevenDays }), { today: 0, lastSevenDays: 0 });
  const none: Traffic = { today: 0, lastSevenDays: 0 };

  const intake = sum(edges, (e) => e.source === INTAKE);
  const cancelled = sum(edges, (e) => e.target === CANCELLED);

  const nodes: FlowNodeModel[] = [
    {
      id: INTAKE,
      kind: "intake",
      title: i18n.t("flow.intake.title"),
      point: i18n.t("flow.intake.point"),
      description: i18n.t("flow.intake.description"),
      count: intake.today,
      countLabel: i18n.t("flow.intake.countLabel"),
      note: i18n.t("flow.inWeek", { count: intake.lastSevenDays }),
      onHold: 0,
      within: none,
      columnKey: null,
    },
    ...columns.map(
      (c): FlowNodeModel => ({
        id: c.key,
        kind: "column",
        title: c.title,
        point: c.decisionPoint,
        description: c.description,
        count: c.count,
        countLabel: i18n.t("flow.items", { count: c.count }),
        note: null,
        onHold: c.cards.filter((card) => card.onHold).length,
        within: within.get(c.key) ?? none,
        columnKey: c.key,
      }),
    ),
    {
      id: CANCELLED,
      kind: "exit",
      title: i18n.t("flow.exit.title"),
      point: i18n.t("flow.exit.point"),
      description: i18n.t("flow.exit.description"),
      count: cancelled.lastSevenDays,
      countLabel: i18n.t("flow.exit.countLabel"),
      note: i18n.t("flow.today", { count: cancelled.today }),
      onHold: 0,
      within: none,
      columnKey: null,
    },
  ];

  const maxWeek = Math.max(1, ...edges.map((e) => e.lastSevenDays));
  return { nodes, edges, total, maxWeek };
}

/** Line thickness for an edge: grows with the square root of its seven-day volume; a path nobody took is a thin line. */
export function edgeWidth(week: number, maxWeek: number): number {
  if (week <= 0) return 1;
  return 1.5 + 5 * Math.sqrt(week / Math.max(1, maxWeek));
}
