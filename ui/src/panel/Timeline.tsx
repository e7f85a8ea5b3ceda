import { useTranslation } from "react-i18next";
import type { TimelineEntry } from "../bindings";
import { timelineRows } from "./format";

/** The item's audit trail, newest first. */
export function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t } = useTranslation();
  const rows = timelineRows(entries);
  if (rows.length === 0) return <p className="panel__empty">{t("panel.noSteps")}</p>;
  return (
    <ol className="timeline">
      {rows.map((row) => (
        <li key={row.key} className={`timeline__entry${row.override ? " timeline__entry--override" : ""}`}>
          <div className="timeline__top">
            <time className="timeline__time" dateTime={row.at}>
              {row.time}
            </time>
            <span className="timeline__actor">{row.actor}</span>
            {row.decisionPoint && <span className="timeline__dp">{row.decisionPoint}</span>}
          </div>
          <p className="timeline__what">
            {row.change ?? row.kind}
            {row.change && !row.moved && <span className="timeline__kind"> · {row.kind}</span>}
            {row.override && (
              <span className="badge badge--override timeline__override" title={t("board.card.overrideHint")}>
                {t("board.card.override")}
              </span>
            )}
          </p>
          {row.reasons.length > 0 && (
            <ul className="timeline__reasons">
              {row.reasons.map((reason, i) => (
                <li key={i}>{reason}</li>
              ))}
            </ul>
          )}
          {row.note && <p className="timeline__note">“{row.note}”</p>}
        </li>
      ))}
    </ol>
  );
}
