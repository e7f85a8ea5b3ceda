import { useEffect, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { type AuditEntryView, type CatalogEntry, commands } from "../bindings";
import { deskToday } from "../clock";
import { wordsOf } from "../i18n";
import { call } from "../ipc";
import { dateTimeLabel, deskLocale } from "../people";

const ACTION_LABELS = wordsOf<AuditEntryView["action"]>({
  created: "catalog.history.created",
  edited: "catalog.history.edited",
  archived: "catalog.history.archived",
  unarchived: "catalog.history.unarchived",
});

type CatalogHistoryProps = {
  entry: CatalogEntry;
  id: number;
  /** The version shown: a new one reloads the trail. */
  version: number;
};

/** The entry's audit trail, newest first: who changed what, when. */
export function CatalogHistory({ entry, id, version }: CatalogHistoryProps) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<AuditEntryView[] | null>(null);
  useEffect(() => {
    let live = true;
    void call(() => commands.catalogHistory(entry, id)).then((answer) => {
      if (live && answer.ok) setRows(answer.data);
    });
    return () => {
      live = false;
    };
  }, [entry, id, version]);

  if (rows === null) return null;
  return (
    <section className="catalog-history" aria-label={t("catalog.history.title")}>
      <h3 className="catalog-history__title">{t("catalog.history.title")}</h3>
      {rows.length === 0 ? (
        <p className="catalog-history__none">{t("catalog.history.none")}</p>
      ) : (
        <ol className="catalog-history__list">
          {rows.map((r, i) => (
            <li key={i} className="catalog-history__entry" data-audit-action={r.action}>
              <span className="catalog-history__when">
                {dateTimeLabel(r.at, deskToday(), deskLocale())}
              </span>{" "}
              <Trans i18nKey="catalog.history.by" values={{ action: ACTION_LABELS[r.action], actor: r.actor }} components={{ strong: <strong /> }} />
              {r.changes.length > 0 && (
                <ul className="catalog-history__changes">
                  {r.changes.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
