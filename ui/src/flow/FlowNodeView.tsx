import { Handle, type Node, type NodeProps, Position } from "@xyflow/react";
import type { CSSProperties } from "react";
import { i18n } from "../i18n";
import { type FlowNodeModel, trafficLabel } from "./flowGraph";

export type FlowNodeData = FlowNodeModel & { onOpen: (columnKey: string) => void };
export type FlowNodeType = Node<FlowNodeData, "decision">;

function accentStyle(node: FlowNodeModel): CSSProperties {
  const key = node.kind === "column" ? node.id : "other";
  return {
    "--node-accent": node.kind === "exit" ? "var(--danger)" : `var(--accent-${key})`,
    "--node-tint": node.kind === "exit" ? "var(--danger-bg)" : `var(--tint-${key})`,
  } as CSSProperties;
}

/**
 * What a node shows, in the order it shows it: a button's name starts with
 * its visible words (WCAG 2.5.3, label in name), so a voice user can say them.
 */
function shownText({ point, title, count, countLabel, note, onHold, within }: FlowNodeModel): string {
  const foot = [note, onHold > 0 ? i18n.t("flow.node.onHold", { count: onHold }) : null, within.lastSevenDays > 0 ? i18n.t("flow.node.inside", { traffic: trafficLabel(within) }) : null];
  return [`${point} ${title}: ${count} ${countLabel}`, ...foot].filter(Boolean).join(", ");
}

/** One decision point: its title, how many items are there now, what moves inside it. */
export function FlowNodeView({ data }: NodeProps<FlowNodeType>) {
  const { id, kind, title, point, count, countLabel, note, onHold, within, columnKey, description, onOpen } = data;
  const body = (
    <>
      <span className="flow-node__head">
        <span className="flow-node__point">{point}</span>{" "}
        <span className="flow-node__title">{title}</span>
      </span>{" "}
      <span className="flow-node__count">
        <strong data-count>{count}</strong>{" "}
        <span className="flow-node__count-label">{countLabel}</span>
      </span>{" "}
      {(note || onHold > 0 || within.lastSevenDays > 0) && (
        <span className="flow-node__foot">
          {note && <span>{note}</span>}{" "}
          {onHold > 0 && <span className="flow-node__hold">{i18n.t("flow.node.onHold", { count: onHold })}</span>}{" "}
          {within.lastSevenDays > 0 && (
            <span className="flow-node__within" title={i18n.t("flow.node.insideHint")}>
              {i18n.t("flow.node.inside", { traffic: trafficLabel(within) })}
            </span>
          )}
        </span>
      )}
    </>
  );
  const common = {
    className: `flow-node flow-node--${kind}`,
    style: accentStyle(data),
    "data-flow-node": id,
  };
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectable={false} className="flow-node__handle" />
      {columnKey ? (
        <button
          type="button"
          {...common}
          className={`${common.className} flow-node--link nodrag nopan`}
          title={i18n.t("flow.node.openHint", { description, title })}
          aria-label={i18n.t("flow.node.openName", { shown: shownText(data) })}
          onClick={() => onOpen(columnKey)}
        >
          {body}
        </button>
      ) : (
        <div {...common} title={description}>
          {body}
        </div>
      )}
      <Handle type="source" position={Position.Right} isConnectable={false} className="flow-node__handle" />
    </>
  );
}
