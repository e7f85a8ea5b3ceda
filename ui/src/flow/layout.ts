// Lays the flow graph out with ELK (layered, left to right): nodes in the
// board's column order, the exit below, edges routed orthogonally with their
// labels placed where they do not collide.

import type { ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api";
import { CANCELLED, type FlowGraph, type FlowNodeModel, INTAKE, trafficLabel } from "./flowGraph";

export type Point = { x: number; y: number };
export type Box = Point & { width: number; height: number };

export type Layout = {
  /** The whole drawing, edges included. */
  bounds: Box;
  nodes: Map<string, Box>;
  /** Per edge id: the route (start, bends, end) and where its label goes. */
  edges: Map<string, { points: Point[]; label: Box | null }>;
};

export const NODE_SIZE = { column: { width: 200, height: 116 }, intake: { width: 150, height: 92 }, exit: { width: 150, height: 92 } };
/** Two lines: "today N" over "7 days M". */
export const LABEL_SIZE = { width: 78, height: 38 };

export function nodeSize(node: FlowNodeModel): { width: number; height: number } {
  return NODE_SIZE[node.kind];
}

const LAYOUT_OPTIONS: Record<string, string> = {
  "elk.algorithm": "layered",
  "elk.direction": "RIGHT",
  "elk.edgeRouting": "ORTHOGONAL",
  "elk.layered.spacing.nodeNodeBetweenLayers": "36",
  "elk.spacing.nodeNode": "44",
  "elk.spacing.edgeEdge": "16",
  "elk.spacing.edgeNode": "22",
  "elk.layered.spacing.edgeEdgeBetweenLayers": "14",
  "elk.layered.spacing.edgeNodeBetweenLayers": "22",
  "elk.spacing.edgeLabel": "4",
  "elk.edgeLabels.placement": "CENTER",
  "elk.edgeLabels.inline": "true",
  "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
  "elk.layered.crossingMinimization.semiInteractive": "true",
  "elk.layered.cycleBreaking.strategy": "MODEL_ORDER",
  "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
  "elk.layered.nodePlacement.bk.fixedAlignment": "BALANCED",
  "elk.layered.mergeEdges": "false",
  "elk.padding": "[top=24,left=24,bottom=24,right=24]",
};

type ElkInstance = InstanceType<typeof import("elkjs/lib/elk.bundled.js").default>;
let elk: Promise<ElkInstance> | null = null;

/** ELK is large: loaded on first use, once. */
function loadElk(): Promise<ElkInstance> {
  elk ??= import("elkjs/lib/elk.bundled.js").then(({ default: ELK }) => new ELK());
  return elk;
}

/** The ELK graph: real edges, plus invisible ones that keep the columns in
 * board order (and the exit under the middle) when a path saw no traffic. */
export function elkGraph(graph: FlowGraph, wrapAspect: number | null = null): ElkNode {
  const real = new Set(graph.edges.map((e) => `${e.source}->${e.target}`));
  const chain = graph.nodes.filter((n) => n.id !== CANCELLED).map((n) => n.id);
  const scaffold: ElkExtendedEdge[] = [];
  for (let i = 1; i < chain.length; i++) {
    const [a, b] = [chain[i - 1], chain[i]] as [string, string];
    if (!real.has(`${a}->${b}`)) scaffold.push({ id: `layout:${a}->${b}`, sources: [`${a}:out`], targets: [`${b}:in`] });
  }
  if (!graph.edges.some((e) => e.target === CANCELLED)) {
    const middle = chain[Math.floor(chain.length / 2)] ?? INTAKE;
    scaffold.push({ id: `layout:${middle}->${CANCELLED}`, sources: [`${middle}:exit`], targets: [`${CANCELLED}:in`] });
  }
  return {
    id: "flow",
    layoutOptions:
      wrapAspect === null
        ? LAYOUT_OPTIONS
        : { ...LAYOUT_OPTIONS, "elk.layered.wrapping.strategy": "MULTI_EDGE", "elk.aspectRatio": wrapAspect.toFixed(2) },
    children: graph.nodes.map((n, i) => ({
      id: n.id,
      ...nodeSize(n),
      // Hints for the order inside a layer (semi-interactive): the exit goes under everything.
      layoutOptions: { "elk.portConstraints": "FIXED_SIDE", "elk.position": `(${i * 10}, ${n.id === CANCELLED ? 10000 : 0})` },
      ports: [
        { id: `${n.id}:in`, layoutOptions: { "elk.port.side": n.id === CANCELLED ? "NORTH" : "WEST" } },
        { id: `${n.id}:out`, layoutOptions: { "elk.port.side": "EAST" } },
        { id: `${n.id}:exit`, layoutOptions: { "elk.port.side": "SOUTH" } },
      ],
    })),
    edges: [
      ...graph.edges.map(
        (e): ElkExtendedEdge => ({
          id: e.id,
          sources: [e.target === CANCELLED ? `${e.source}:exit` : `${e.source}:out`],
          targets: [`${e.target}:in`],
          // ELK ignores a label without text.
          labels: [{ id: `${e.id}:label`, text: trafficLabel(e), ...LABEL_SIZE }],
        }),
      ),
      ...scaffold,
    ],
  };
}

/** Two passes: one in a single row, then (when that row is long) one that
 * wraps it into two rows so the text stays readable on a laptop screen. */
export async function layoutFlow(graph: FlowGraph): Promise<Layout> {
  const elk = await loadElk();
  const flat = await elk.layout(elkGraph(graph));
  const [w, h] = [flat.width ?? 0, flat.height ?? 1];
  // ELK picks the number of rows from the aspect ratio asked for; about
  // half the single row's ratio (and no less than 3) gives two rows.
  const laid = w / h > 4 ? await elk.layout(elkGraph(graph, Math.max(3, w / (2 * h)))) : flat;
  const nodes = new Map<string, Box>();
  for (const c of laid.children ?? []) {
    nodes.set(c.id, { x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 });
  }
  const edges: Layout["edges"] = new Map();
  for (const e of (laid.edges ?? []) as ElkExtendedEdge[]) {
    if (e.id.startsWith("layout:")) continue;
    const points = (e.sections ?? []).flatMap((s, i) => [
      ...(i === 0 ? [s.startPoint] : []),
      ...(s.bendPoints ?? []),
      s.endPoint,
    ]);
    const l = e.labels?.[0];
    const label = l ? { x: l.x ?? 0, y: l.y ?? 0, width: l.width ?? 0, height: l.height ?? 0 } : null;
    edges.set(e.id, { points, label });
  }
  return { bounds: boundsOf([...nodes.values(), ...[...edges.values()].flatMap((e) => [...e.points, ...(e.label ? [e.label] : [])])]), nodes, edges };
}

function boundsOf(items: readonly (Point & { width?: number; height?: number })[]): Box {
  if (items.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const xs = items.flatMap((b) => [b.x, b.x + (b.width ?? 0)]);
  const ys = items.flatMap((b) => [b.y, b.y + (b.height ?? 0)]);
  const [x, y] = [Math.min(...xs), Math.min(...ys)];
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** An orthogonal polyline with rounded corners, as an SVG path. */
export function roundedPath(points: readonly Point[], radius = 10): string {
  if (points.length === 0) return "";
  const [first] = points as [Point];
  let d = `M ${first.x} ${first.y}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i] as Point;
    const prev = points[i - 1] as Point;
    const next = points[i + 1];
    if (!next) {
      d += ` L ${p.x} ${p.y}`;
      break;
    }
    const r = Math.min(radius, dist(prev, p) / 2, dist(p, next) / 2);
    const a = toward(p, prev, r);
    const b = toward(p, next, r);
    d += ` L ${a.x} ${a.y} Q ${p.x} ${p.y} ${b.x} ${b.y}`;
  }
  return d;
}

function dist(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function toward(from: Point, to: Point, r: number): Point {
  const d = dist(from, to) || 1;
  return { x: from.x + ((to.x - from.x) * r) / d, y: from.y + ((to.y - from.y) * r) / d };
}
