import { useEffect, useState } from "react";
import { type AuditEntryView, type CatalogEntry, commands } from "../bindings";
import { deskToday } from "../clock";
import { call } from "../ipc";
import { dateTimeLabel, deskLocale } from "../people";

const ACTION_LABELS: Record<AuditEntryView["action"], string> = {
  created: "Created",
  edited: "Edited",
  archived: "Archived",
  unarchived: "Restored",
};

type CatalogHistoryProps = {
  entry: CatalogEntry;
  id: number;
  /** The version shown: a new one reloads the trail. */
  version: number;
};

/** The entry's audit trail, newest first: who changed what, when. */
export function CatalogHistory({ entry, id, version }: CatalogHistoryProps) {
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
    <section className="catalog-history" aria-label="History">
      <h3 className="catalog-history__title">History</h3>
      {rows.length === 0 ? (
        <p className="catalog-history__none">No changes recorded since the catalog became editable.</p>
      ) : (
        <ol className="catalog-history__list">
          {rows.map((r, i) => (
            <li key={i} className="catalog-history__entry" data-audit-action={r.action}>
              <span className="catalog-history__when">
                {dateTimeLabel(r.at, deskToday(), deskLocale())}
              </span>{" "}
              <strong>{ACTION_LABELS[r.action]}</strong> by {r.actor}
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
