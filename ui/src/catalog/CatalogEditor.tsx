import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppError, type CatalogEntry, commands } from "../bindings";
import { call } from "../ipc";
import { FieldError, FormRefusal } from "../shell/FieldError";
import { SaveButtons } from "../shell/SaveButtons";
import { CatalogHistory } from "./CatalogHistory";

type Stored = { id: number; name: string; archived: boolean };

type CatalogEditorProps = {
  entry: CatalogEntry;
  /** The stored entry, or null for a new one. */
  stored: Stored | null;
  title: string;
  sub: string;
  version: number;
  dirty: boolean;
  saving: boolean;
  saved: boolean;
  /** Rust's refusal that names no field of the form; `archived`, one of archiving or restoring. */
  formError: AppError | null;
  archiveError: AppError | null;
  onError: (error: AppError | null) => void;
  onSave: () => void;
  onDiscard: (() => void) | null;
  onLoadLatest: (() => void) | null;
  /** Archived or restored: the new version. */
  onArchived: (version: number) => void;
  onClose: () => void;
  children: ReactNode;
};

/**
 * The card a catalog entry is edited in, beside the list: title, the
 * fields (children), Archive or Restore, Save, and the entry's history.
 * Nothing is ever deleted: an entry orders and stock may refer to is archived.
 */
export function CatalogEditor(props: CatalogEditorProps) {
  const { t } = useTranslation();
  const { entry, stored, title, sub, version, dirty, saving, saved, formError, archiveError } = props;
  const id = useId();
  const [archiving, setArchiving] = useState(false);

  async function archive(archived: boolean) {
    if (!stored) return;
    setArchiving(true);
    const answer = await call(() =>
      entry === "service"
        ? commands.catalogServiceArchive(stored.id, version, archived)
        : commands.catalogProductArchive(stored.id, version, archived),
    );
    setArchiving(false);
    if (!answer.ok) return props.onError(answer.error);
    props.onError(null);
    props.onArchived(answer.data);
  }

  return (
    <section
      className="catalog-form"
      aria-labelledby={`${id}-title`}
      data-editor={stored ? `${entry}-${stored.id}` : `new-${entry}`}
    >
      <header className="catalog-form__header">
        <div>
          <h2 className="catalog-form__title" id={`${id}-title`}>
            {title}
            {stored?.archived && <span className="pill catalog-archived">{t("catalog.archived")}</span>}
          </h2>
          <p className="catalog-form__sub">{sub}</p>
        </div>
        <button type="button" className="button button--quiet" onClick={props.onClose}>
          {t("common.close")}
        </button>
      </header>

      <form
        className="catalog-form__body"
        onSubmit={(e) => {
          e.preventDefault();
          props.onSave();
        }}
      >
        <FormRefusal className="catalog-form__banner" error={formError} onLoadLatest={props.onLoadLatest} />
        {props.children}
        <div className="catalog-form__actions">
          {stored && <span className="catalog-form__version">{t("rules.version", { version })}</span>}
          {stored && (
            <button
              type="button"
              className="button button--quiet"
              data-action={stored.archived ? "restore" : "archive"}
              disabled={archiving}
              aria-describedby={archiveError ? `${id}-archive-error` : undefined}
              onClick={() => void archive(!stored.archived)}
            >
              {stored.archived ? t("catalog.restore") : t("catalog.archive")}
            </button>
          )}
          <span className="catalog-form__spacer" />
          <SaveButtons
            prefix="catalog-form"
            saving={saving}
            saved={saved}
            dirty={dirty}
            onDiscard={props.onDiscard}
            label={stored ? t("resources.save") : entry === "service" ? t("catalog.createService") : t("catalog.createProduct")}
          />
        </div>
        <FieldError error={archiveError} id={`${id}-archive-error`} />
      </form>
      {stored && <CatalogHistory entry={entry} id={stored.id} version={version} />}
    </section>
  );
}
