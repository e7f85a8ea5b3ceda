import { useEffect, useId, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { type AppError, type BackupCheck, type BackupsView, commands, type RestoreDone, type SavedFile } from "../bindings";
import { deskToday } from "../clock";
import { call, type Outcome } from "../ipc";
import { dateLabel, deskLocale } from "../people";
import { Dialog, DialogTitle } from "../shell/Dialog";
import "../shell/dialog.css";
import { FieldError } from "../shell/FieldError";
import { useScreenLoad } from "../shell/useScreenLoad";

/**
 * The shop's backups: the folder the daily copies go to (Rust makes one a day
 * and keeps 7 daily and 4 weekly ones), the last copy, a copy made now, and
 * a restore that shows what a copy holds (Rust's check) before it replaces the shop.
 */
export function Backups() {
  const { t } = useTranslation();
  const [view, setView] = useState<BackupsView | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const [folder, setFolder] = useState("");
  const [folderError, setFolderError] = useState<AppError | null>(null);
  const [now, setNow] = useState<{ saving: boolean; saved: SavedFile | null; error: AppError | null }>({
    saving: false,
    saved: null,
    error: null,
  });
  const [restoring, setRestoring] = useState(false);
  const [restored, setRestored] = useState<RestoreDone | null>(null);
  const id = useId();

  useScreenLoad(
    () => call(() => commands.backupGet()),
    (answer) => {
      if (answer.ok) {
        setView(answer.data);
        setLoadError(null);
      } else setLoadError(answer.error);
    },
  );
  const stored = view ? (view.defaultFolder ? "" : view.folder) : "";
  useEffect(() => setFolder(stored), [stored]);

  async function saveFolder() {
    const answer = await call(() => commands.backupSetFolder(folder));
    if (!answer.ok) return setFolderError(answer.error);
    setFolderError(null);
    setView(answer.data);
  }

  async function backUpNow() {
    setNow({ saving: true, saved: null, error: null });
    const answer = await call(() => commands.backupNow());
    setNow(answer.ok ? { saving: false, saved: answer.data, error: null } : { saving: false, saved: null, error: answer.error });
  }

  const last = view?.copies[0] ?? null;
  return (
    <section className="settings-backups surface-card" aria-labelledby={`${id}-title`} data-section="backups">
      <h2 className="settings-log__title" id={`${id}-title`}>
        {t("backups.title")}
      </h2>
      <FieldError error={loadError} />
      {view && (
        <>
          <p className="settings-backups__last" data-last-backup={last?.day ?? ""}>
            {last ? (
              <>
                <Trans
                  i18nKey="backups.last"
                  values={{ day: dateLabel(last.day, deskToday(), deskLocale()), file: last.fileName }}
                  components={{ strong: <strong /> }}
                />
              </>
            ) : (
              t("backups.none")
            )}
          </p>
          <p className="settings-field__hint">
            {t("backups.kept")}
          </p>
          <form
            className="settings-backups__folder"
            onSubmit={(e) => {
              e.preventDefault();
              void saveFolder();
            }}
          >
            <label className="settings-field__label" htmlFor={`${id}-folder`}>
              {t("backups.folder")}
            </label>
            <div className="settings-backups__row">
              <input
                id={`${id}-folder`}
                className="field settings-backups__path"
                name="backupFolder"
                value={folder}
                placeholder={view.defaultFolder ? view.folder : undefined}
                aria-invalid={folderError !== null}
                aria-describedby={`${id}-folder-hint`}
                onChange={(e) => {
                  setFolder(e.target.value);
                  setFolderError(null);
                }}
              />
              <button type="submit" className="button" disabled={folder === stored}>
                {t("backups.useFolder")}
              </button>
            </div>
            <p className="settings-field__hint" id={`${id}-folder-hint`}>
              {t("backups.folderHint")}
            </p>
            <FieldError error={folderError} at="backupFolder" />
          </form>
          <div className="settings-backups__row">
            <button type="button" className="button" data-action="backup-now" disabled={now.saving} onClick={() => void backUpNow()}>
              {now.saving ? t("backups.backingUp") : t("backups.backUpNow")}
            </button>
            <button type="button" className="button" data-action="restore" onClick={() => setRestoring(true)}>
              {t("backups.restoreOpen")}
            </button>
          </div>
          {now.saved && (
            <p className="settings-backups__saved" role="status" data-saved-path={now.saved.path}>
              <Trans i18nKey="backups.saved" values={{ file: now.saved.fileName, folder: now.saved.folder }} components={{ strong: <strong /> }} />
            </p>
          )}
          <FieldError error={now.error} />
          {restored && (
            <p className="settings-backups__saved" role="status" data-restored>
              {t("backups.restored", { shop: restored.restored.shopName, before: restored.before })}
            </p>
          )}
          {restoring && (
            <RestoreDialog
              view={view}
              onClose={() => setRestoring(false)}
              onRestored={(done) => {
                setRestoring(false);
                setRestored(done);
              }}
            />
          )}
        </>
      )}
    </section>
  );
}

/** Pick a copy (the daily ones, or any file by its path), see what Rust found in it, then confirm. */
function RestoreDialog({
  view,
  onClose,
  onRestored,
}: {
  view: BackupsView;
  onClose: () => void;
  onRestored: (done: RestoreDone) => void;
}) {
  const { t } = useTranslation();
  const [path, setPath] = useState(view.copies[0]?.path ?? "");
  const [check, setCheck] = useState<BackupCheck | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const locale = deskLocale();
  const today = deskToday();

  function pick(p: string) {
    setPath(p);
    setCheck(null);
    setError(null);
  }

  async function run<T>(ask: () => Promise<Outcome<T>>, then: (t: T) => void) {
    setBusy(true);
    const answer = await ask();
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    then(answer.data);
  }

  return (
    <Dialog className="move-prompt restore-dialog" backdropClassName="move-prompt__backdrop" onClose={onClose}>
      <DialogTitle className="move-prompt__title">{t("backups.restoreTitle")}</DialogTitle>
      <fieldset className="restore-dialog__copies">
        <legend className="move-prompt__label">{t("backups.daily")}</legend>
        {view.copies.length === 0 && <p className="settings-field__hint">{t("backups.noDaily")}</p>}
        {view.copies.map((c) => (
          <label key={c.path} className="restore-dialog__copy">
            <input type="radio" name={`${id}-copy`} checked={path === c.path} onChange={() => pick(c.path)} />
            {dateLabel(c.day, today, locale)} <span className="settings-field__hint">({c.fileName})</span>
          </label>
        ))}
      </fieldset>
      <label className="move-prompt__label" htmlFor={`${id}-path`}>
        {t("backups.orPath")}
      </label>
      <input
        id={`${id}-path`}
        className="field move-prompt__input"
        name="path"
        value={path}
        data-autofocus
        onChange={(e) => pick(e.target.value)}
      />
      {check && (
        <div className="restore-dialog__check" data-check>
          <p>
            <Trans i18nKey="backups.holds" values={{ shop: check.shopName }} components={{ strong: <strong /> }} />
          </p>
          <ul>
            <li data-count="orders">{t("backups.orders", { count: check.orders })}</li>
            <li data-count="items">{t("backups.items", { count: check.items })}</li>
            <li data-count="customers">{t("backups.customers", { count: check.customers })}</li>
            <li data-count="units">{t("backups.units", { count: check.units })}</li>
          </ul>
          {check.olderVersion && <p>{t("backups.older")}</p>}
          <p>{t("backups.replaces")}</p>
        </div>
      )}
      <FieldError error={error} />
      <div className="move-prompt__actions">
        <button type="button" className="button" onClick={onClose}>
          {t("common.cancel")}
        </button>
        {check ? (
          <button
            type="button"
            className="button button--primary"
            data-action="confirm-restore"
            disabled={busy}
            onClick={() => void run(() => call(() => commands.backupRestore(check.path)), onRestored)}
          >
            {busy ? t("backups.restoring") : t("backups.restoreThis")}
          </button>
        ) : (
          <button
            type="button"
            className="button button--primary"
            data-action="check-backup"
            disabled={busy || path.trim() === ""}
            onClick={() => void run(() => call(() => commands.backupCheck(path)), setCheck)}
          >
            {busy ? t("scan.checking") : t("backups.checkThis")}
          </button>
        )}
      </div>
    </Dialog>
  );
}
