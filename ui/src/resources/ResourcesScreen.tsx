import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { type AppError, commands, type PlannerResource } from "../bindings";
import { deskNow, deskToday } from "../clock";
import { localIsoDate } from "../format";
import { call, type Outcome } from "../ipc";
import { dateLabel, deskLocale } from "../people";
import { DataTable, rowClass } from "../shell/DataTable";
import { ErrorBanner } from "../shell/ErrorBanner";
import { ScreenHeader } from "../shell/ScreenHeader";
import { useEditorTarget } from "../shell/useEditorTarget";
import { useScreenLoad } from "../shell/useScreenLoad";
import { ResourceForm } from "./ResourceForm";
import { KINDS, kindLabel, WEEKDAYS, workDaysText } from "./resourceDraft";
import "./resources.css";

export type ResourcesScreenProps = Record<string, never>;

/** The planner's projection carries every resource with its calendar; one day of bookings is enough here. */
function loadResources(): Promise<Outcome<PlannerResource[]>> {
  return call(() => commands.plannerGet(localIsoDate(deskNow()), 1)).then((a) =>
    a.ok ? { ok: true, data: a.data.resources } : a,
  );
}

/** A day off as the desk writes dates: "24 Dec". */
function dayOff(day: string): string {
  return dateLabel(day, deskToday(), deskLocale());
}

export function ResourcesScreen(_props: ResourcesScreenProps) {
  const { t } = useTranslation();
  const [resources, setResources] = useState<PlannerResource[] | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const { editing, editingId, editorKey, open, openNew, close } = useEditorTarget("res");
  const [created, setCreated] = useState<{ id: number; name: string } | null>(null);

  const { loading, refresh } = useScreenLoad(loadResources, (answer) => {
    if (answer.ok) {
      setResources(answer.data);
      setLoadError(null);
    } else setLoadError(answer.error);
  });

  const selected = editingId === null ? null : (resources?.find((r) => r.id === editingId) ?? null);
  const counts = KINDS.map((k) => ({ kind: k, n: resources?.filter((r) => r.kind === k).length ?? 0 }));

  return (
    <main className="app resources-screen">
      <ScreenHeader
        view={t("resources.view")}
        sync={{ loading, failed: loadError !== null }}
        onRefresh={refresh}
        actions={
          <button
            type="button"
            className="button button--primary"
            data-action="new-resource"
            onClick={() => {
              setCreated(null);
              openNew();
            }}
          >
            {t("resources.new")}
          </button>
        }
      >
        {resources &&
          counts.map((c) => (
            <span key={c.kind} className="stat" data-stat={`resources-${c.kind}`}>
              <Trans i18nKey={`resources.count.${c.kind}`} count={c.n} components={{ strong: <strong /> }} />
            </span>
          ))}
      </ScreenHeader>

      <ErrorBanner error={loadError} what={t("resources.loadWhat")} stale={resources !== null} onRetry={refresh} />

      <div className={`resources-body${editing ? " resources-body--editing" : ""}`}>
        <section className="resources-table-wrap" aria-label={t("resources.view")}>
          {created && (
            <p className="resources-notice" role="status">
              <Trans i18nKey="resources.created" values={{ name: created.name }} components={{ strong: <strong /> }} />
            </p>
          )}
          {resources === null ? (
            !loadError && <p className="resources-empty">{t("resources.loading")}</p>
          ) : resources.length === 0 ? (
            <p className="resources-empty">{t("resources.none")}</p>
          ) : (
            <DataTable>
              <thead>
                <tr>
                  <th scope="col">{t("resources.kindLabel")}</th>
                  <th scope="col">{t("resources.name")}</th>
                  <th scope="col">{t("resources.hours")}</th>
                  <th scope="col">{t("resources.workDays")}</th>
                  <th scope="col">{t("resources.daysOff")}</th>
                  <th scope="col">{t("resources.skills")}</th>
                  <th scope="col" className="data-table__num">
                    {t("resources.capacity")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {resources.map((r) => {
                  const isSelected = editingId === r.id;
                  return (
                    <tr
                      key={r.id}
                      data-resource-id={r.id}
                      className={rowClass({ selected: isSelected, fresh: created?.id === r.id })}
                      aria-selected={isSelected}
                      onClick={() => {
                        setCreated(null);
                        open(r.id);
                      }}
                    >
                      <td>
                        <span className={`kind-badge kind-badge--${r.kind}`}>{kindLabel(r.kind)}</span>
                      </td>
                      <td className="resource-row__name">
                        <button
                          type="button"
                          className="data-table__open"
                          onClick={(e) => {
                            e.stopPropagation();
                            setCreated(null);
                            open(r.id);
                          }}
                        >
                          {r.name}
                        </button>
                      </td>
                      <td className="resource-row__hours">
                        {r.workStart}–{r.workEnd}
                      </td>
                      <td>
                        <span className="week-mini" role="img" aria-label={workDaysText(r.workDays)} title={workDaysText(r.workDays)}>
                          {WEEKDAYS.map((w) => (
                            <span
                              key={w.iso}
                              aria-hidden="true"
                              className={`week-mini__day${r.workDays.includes(w.iso) ? " week-mini__day--on" : ""}`}
                            >
                              {w.short.charAt(0)}
                            </span>
                          ))}
                        </span>
                      </td>
                      <td className="resource-row__off">
                        {r.daysOff.length === 0 ? (
                          <span className="muted">—</span>
                        ) : (
                          <span title={r.daysOff.map(dayOff).join(", ")}>
                            {r.daysOff.slice(0, 2).map(dayOff).join(", ")}
                            {r.daysOff.length > 2 && <span className="muted"> +{r.daysOff.length - 2}</span>}
                          </span>
                        )}
                      </td>
                      <td>
                        {r.skills.length === 0 ? (
                          <span className="muted">—</span>
                        ) : (
                          <span className="skill-tags">
                            {r.skills.map((s) => (
                              <span key={s} className="tag">
                                {s}
                              </span>
                            ))}
                          </span>
                        )}
                      </td>
                      <td className="data-table__num">{r.capacity}</td>
                    </tr>
                  );
                })}
              </tbody>
            </DataTable>
          )}
        </section>

        {editing && (editing.kind === "new" || selected) && (
          <div className="resources-detail">
            <ResourceForm
              key={editorKey}
              resource={selected}
              onCreated={(id, name) => {
                setCreated({ id, name });
                close();
                refresh();
              }}
              onClose={close}
            />
          </div>
        )}
      </div>
    </main>
  );
}
