import "@xyflow/react/dist/style.css";
import "./flow.css";
import { Background, ControlButton, Controls, MarkerType, Panel, Position, ReactFlow, useReactFlow, useStore } from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import type { AppError } from "../bindings";
import { i18n } from "../i18n";
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
        setState((s) => ({ ...s, layoutError: { code: "internal", message: i18n.t("flow.layoutFailed", { cause: String(cause) }), field: null } })),
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
  const { t } = useTranslation();
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
      <ControlButton onClick={fit} title={t("flow.fit")} aria-label={t("flow.fit")}>
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
  const { t } = useTranslation();
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
        view={t("flow.view")}
        sync={{ loading, failed: shownError !== null, updatedAt: data?.board.generatedAt ?? null }}
        onRefresh={refresh}
      >
        {graph && (
          <>
            <span className="stat" data-stat="moves-today">
              <Trans i18nKey="flow.movesToday" count={graph.total.today} components={{ strong: <strong /> }} />
            </span>
            <span className="stat" data-stat="moves-last-7-days">
              <Trans i18nKey="flow.movesWeek" values={{ count: graph.total.lastSevenDays }} components={{ strong: <strong /> }} />
            </span>
          </>
        )}
        {data && (
          <span className="stat" data-stat="open-items">
            <Trans i18nKey="board.openItems" count={data.board.openItems} components={{ strong: <strong /> }} />
          </span>
        )}
      </ScreenHeader>

      <ErrorBanner error={shownError} what={t("flow.loadWhat")} stale={data !== null} onRetry={refresh} />

      <main className="flow-canvas" aria-busy={loading} aria-label={t("flow.view")}>
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
              <span className="flow-legend__hint">{t("flow.legend.hint")}</span>
              <span className="flow-legend__key flow-legend__key--forward">{t("flow.legend.forward")}</span>
              <span className="flow-legend__key flow-legend__key--back">{t("flow.legend.back")}</span>
              <span className="flow-legend__key flow-legend__key--exit">{t("flow.legend.exit")}</span>
              <span className="flow-legend__note">{t("flow.legend.width")}</span>
            </Panel>
            {graph && graph.total.lastSevenDays === 0 && (
              <Panel position="top-center" className="flow-empty">
                {t("flow.quiet")}
              </Panel>
            )}
          </ReactFlow>
        ) : (
          !shownError && <p className="flow-canvas__loading">{t("flow.loading")}</p>
        )}
      </main>
    </div>
  );
}
