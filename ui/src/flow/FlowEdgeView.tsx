import { BaseEdge, type Edge, type EdgeProps, EdgeLabelRenderer, getSmoothStepPath } from "@xyflow/react";
import { Trans } from "react-i18next";
import type { FlowEdgeModel } from "./flowGraph";
import { type Box, type Point, roundedPath } from "./layout";

export type FlowEdgeData = FlowEdgeModel & { points: Point[]; label: Box | null; width: number; fromTitle: string; toTitle: string };
export type FlowEdgeType = Edge<FlowEdgeData, "traffic">;

/** A path the flow allows, routed by ELK, labelled with today's and the last seven days' counts. */
export function FlowEdgeView(props: EdgeProps<FlowEdgeType>) {
  const { id, data, markerEnd, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  if (!data) return null;
  const [fallback, fx, fy] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const path = data.points.length >= 2 ? roundedPath(data.points) : fallback;
  const at = data.label ? { x: data.label.x + data.label.width / 2, y: data.label.y + data.label.height / 2 } : { x: fx, y: fy };
  const quiet = data.lastSevenDays === 0;
  const idleToday = data.today === 0;
  const kind = `flow-edge--${data.kind}${quiet ? " flow-edge--quiet" : ""}`;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={`flow-edge ${kind}`} style={{ strokeWidth: data.width }} />
      <EdgeLabelRenderer>
        <div
          className={`flow-edge-label flow-edge-label--${data.kind}${idleToday ? " flow-edge-label--idle" : ""}${quiet ? " flow-edge-label--quiet" : ""}`}
          style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)` }}
          data-edge={id}
          title={`${data.fromTitle} → ${data.toTitle}`}
        >
          <span>
            <Trans i18nKey="flow.edge.today" values={{ count: data.today }} components={{ strong: <strong /> }} />
          </span>
          <span className="flow-edge-label__sep"> · </span>
          <span>
            <Trans i18nKey="flow.edge.week" values={{ count: data.lastSevenDays }} components={{ strong: <strong /> }} />
          </span>
        </div>
      </EdgeLabelRenderer>
    </>
  );
}
