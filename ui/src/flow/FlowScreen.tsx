import "@xyflow/react/dist/style.css";
import "./flow.css";
import { Background, ControlButton, Controls, MarkerType, Panel, Position, ReactFlow, useReactFlow, useStore } from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AppError } from "../bindings";
import { ErrorBanner } from "../shell/ErrorBanner";
import { ScreenHeader } from "../shell/ScreenHeader";
import { FlowEdgeView, type FlowEdgeType } from "./FlowEdgeView";
import { type FlowGraph, buildFlowGraph, edgeWidth } from "./flowGraph";
import { FlowNodeView, type FlowNodeType } from "./FlowNodeView";
import { type Box, type Layout, layoutFlow } from "./layout";
import { useFlow } from "./useFlow";

export type FlowScreenProps = { onOpenColumn: (columnKey: string) => void };

const nodeTypes = { decision: FlowNodeView };
const edgeTypes = { traffic: FlowEdgeView };

const EDGE_COLOR = { forward: "var(--flow-edge-forward)", back: "var(--flow-edge-back)", exit: "var(--flow-edge-exit)" };

/** Lays the graph out whenever it changes; null until the first layout is done. */
function useLayout(graph: FlowGraph | null): { layout: Layout | null; layoutError: AppError | null } {
  const [state, setState] = useState<{ layout: Layout | null; layoutError: AppError | null }>({
    layout: null,
    layoutError: null,
  });
  useEffect(() => {
    if (!graph) return;
    let current = true;
    layoutFlow(graph).then(
      (layout) => current && setState({ layout, layoutError: null }),
      (cause: unknown) =>
        current &&
        setState((s) => ({ ...s, layoutError: { code: "internal", message: `Layout failed: ${String(cause)}`, field: null } })),
    );
    return () => {
      current = false;
    };
  }, [graph]);
  return state;
}

const FIT = { maxZoom: 1.1 };

/** Fits the whole drawing (edges routed around the nodes included) into
 * view once the canvas is ready, and again from the fit button; live
 * refreshes keep the person's zoom. Also the zoom controls. */
function FitAndControls({ bounds }: { bounds: Box }) {
  const { setViewport } = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const ready = useStore((s) => s.panZoom !== null);
  const fit = useCallback(() => {
    if (!width || !height || !bounds.width || !bounds.height) return;
    const zoom = Math.min((width * 0.96) / bounds.width, (height * 0.96) / bounds.height, FIT.maxZoom);
    void setViewport({
      x: (width - bounds.width * zoom) / 2 - bounds.x * zoom,
      y: (height - bounds.height * zoom) / 2 - bounds.y * zoom,
      zoom,
    });
  }, [setViewport, width, height, bounds]);
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !ready || !width || !height) return;
    done.current = true;
    fit();
  }, [ready, width, height, fit]);
  return (
    <Controls showInteractive={false} showFitView={false} position="bottom-right">
      <ControlButton onClick={fit} title="Fit the diagram" aria-label="Fit the diagram">
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </ControlButton>
    </Controls>
  );
}

function toFlow(graph: FlowGraph, layout: Layout, onOpen: (key: string) => void): { nodes: FlowNodeType[]; edges: FlowEdgeType[] } {
  const titles = new Map(graph.nodes.map((n) => [n.id, n.title]));
  const nodes = graph.nodes.flatMap((n): FlowNodeType[] => {
    const box = layout.nodes.get(n.id);
    if (!box) return [];
    return [
      {
        id: n.id,
        type: "decision",
        position: { x: box.x, y: box.y },
        width: box.width,
        height: box.height,
        // Known sizes and handles: edges draw before (and without) measuring the DOM.
        handles: [
          { type: "target", position: Position.Left, x: 0, y: box.height / 2, width: 1, height: 1 },
          { type: "source", position: Position.Right, x: box.width, y: box.height / 2, width: 1, height: 1 },
        ],
        data: { ...n, onOpen },
        draggable: false,
        selectable: false,
        focusable: false,
        connectable: false,
      },
    ];
  });
  const edges = graph.edges.flatMap((e): FlowEdgeType[] => {
    const route = layout.edges.get(e.id);
    if (!route) return [];
    const color = EDGE_COLOR[e.kind];
    return [
      {
        id: e.id,
        type: "traffic",
        source: e.source,
        target: e.target,
        markerEnd: { type: MarkerType.ArrowClosed, color, width: 14, height: 14, markerUnits: "userSpaceOnUse" },
        data: {
          ...e,
          ...route,
          width: edgeWidth(e.lastSevenDays, graph.maxWeek),
          fromTitle: titles.get(e.source) ?? e.source,
          toTitle: titles.get(e.target) ?? e.target,
        },
        selectable: false,
        focusable: false,
      },
    ];
  });
  return { nodes, edges };
}

/** The decision points as a graph: live counts on the nodes, every path between them with today's and the last seven days' traffic. */
export function FlowScreen({ onOpenColumn }: FlowScreenProps) {
  const { data, error, loading, refresh } = useFlow();
  const graph = useMemo(() => (data ? buildFlowGraph(data.board.columns, data.stats) : null), [data]);
  const { layout, layoutError } = useLayout(graph);
  const flow = useMemo(
    () => (graph && layout ? toFlow(graph, layout, onOpenColumn) : null),
    [graph, layout, onOpenColumn],
  );
  const shownError = error ?? layoutError;

  return (
    <div className="app flow-screen">
      <ScreenHeader
        view="Flow diagram"
        sync={{ loading, failed: shownError !== null, updatedAt: data?.board.generatedAt ?? null }}
        onRefresh={refresh}
      >
        {graph && (
          <>
            <span className="stat" data-stat="moves-today">
              <strong>{graph.total.today}</strong> {graph.total.today === 1 ? "move" : "moves"} today
            </span>
            <span className="stat" data-stat="moves-last-7-days">
              <strong>{graph.total.lastSevenDays}</strong> in the last 7 days
            </span>
          </>
        )}
        {data && (
          <span className="stat" data-stat="open-items">
            <strong>{data.board.openItems}</strong> open {data.board.openItems === 1 ? "item" : "items"}
          </span>
        )}
      </ScreenHeader>

      <ErrorBanner error={shownError} what="the flow diagram" stale={data !== null} onRetry={refresh} />

      <main className="flow-canvas" aria-busy={loading} aria-label="Flow diagram">
        {flow ? (
          <ReactFlow
            nodes={flow.nodes}
            edges={flow.edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            colorMode="system"
            nodesDraggable={false}
            nodesConnectable={false}
            nodesFocusable={false}
            edgesFocusable={false}
            elementsSelectable={false}
            minZoom={0.25}
            maxZoom={1.75}
            zoomOnDoubleClick={false}
            proOptions={{ hideAttribution: true }}
          >
            <FitAndControls bounds={layout?.bounds ?? { x: 0, y: 0, width: 0, height: 0 }} />
            <Background gap={22} size={1.2} color="var(--flow-grid)" />
            <Panel position="bottom-left" className="flow-legend">
              <span className="flow-legend__hint">Click a decision point to open its column on the board</span>
              <span className="flow-legend__key flow-legend__key--forward">forward</span>
              <span className="flow-legend__key flow-legend__key--back">back</span>
              <span className="flow-legend__key flow-legend__key--exit">cancelled</span>
              <span className="flow-legend__note">line width: items in the last 7 days</span>
            </Panel>
            {graph && graph.total.lastSevenDays === 0 && (
              <Panel position="top-center" className="flow-empty">
                No item has moved in the last 7 days.
              </Panel>
            )}
          </ReactFlow>
        ) : (
          !shownError && <p className="flow-canvas__loading">Loading the flow diagram…</p>
        )}
      </main>
    </div>
  );
}
