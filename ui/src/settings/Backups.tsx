import { useEffect, useId, useState } from "react";
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
    <section className="settings-backups" aria-labelledby={`${id}-title`} data-section="backups">
      <h2 className="settings-log__title" id={`${id}-title`}>
        Backups
      </h2>
      <FieldError error={loadError} />
      {view && (
        <>
          <p className="settings-backups__last" data-last-backup={last?.day ?? ""}>
            {last ? (
              <>
                Last backup: <strong>{dateLabel(last.day, deskToday(), deskLocale())}</strong> ({last.fileName})
              </>
            ) : (
              "No backup yet: equipflow makes one each day your shop is open."
            )}
          </p>
          <p className="settings-field__hint">
            A copy a day, kept for the last 7 days and 4 weeks before them, in the folder below.
          </p>
          <form
            className="settings-backups__folder"
            onSubmit={(e) => {
              e.preventDefault();
              void saveFolder();
            }}
          >
            <label className="settings-field__label" htmlFor={`${id}-folder`}>
              Backup folder
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
                Use this folder
              </button>
            </div>
            <p className="settings-field__hint" id={`${id}-folder-hint`}>
              A whole path, e.g. a USB disk or a network folder. Empty: the folder beside your shop's database.
            </p>
            <FieldError error={folderError} at="backupFolder" />
          </form>
          <div className="settings-backups__row">
            <button type="button" className="button" data-action="backup-now" disabled={now.saving} onClick={() => void backUpNow()}>
              {now.saving ? "Backing up…" : "Back up now"}
            </button>
            <button type="button" className="button" data-action="restore" onClick={() => setRestoring(true)}>
              Restore…
            </button>
          </div>
          {now.saved && (
            <p className="settings-backups__saved" role="status" data-saved-path={now.saved.path}>
              Saved <strong>{now.saved.fileName}</strong> in {now.saved.folder}
            </p>
          )}
          <FieldError error={now.error} />
          {restored && (
            <p className="settings-backups__saved" role="status" data-restored>
              Restored {restored.restored.shopName}. Your shop as it was is kept in {restored.before}
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
      <DialogTitle className="move-prompt__title">Restore a backup</DialogTitle>
      <fieldset className="restore-dialog__copies">
        <legend className="move-prompt__label">Daily copies</legend>
        {view.copies.length === 0 && <p className="settings-field__hint">No daily copy yet.</p>}
        {view.copies.map((c) => (
          <label key={c.path} className="restore-dialog__copy">
            <input type="radio" name={`${id}-copy`} checked={path === c.path} onChange={() => pick(c.path)} />
            {dateLabel(c.day, today, locale)} <span className="settings-field__hint">({c.fileName})</span>
          </label>
        ))}
      </fieldset>
      <label className="move-prompt__label" htmlFor={`${id}-path`}>
        Or a file's whole path
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
            <strong>{check.shopName}</strong> holds:
          </p>
          <ul>
            <li data-count="orders">{check.orders} orders</li>
            <li data-count="items">{check.items} order items</li>
            <li data-count="customers">{check.customers} customers</li>
            <li data-count="units">{check.units} stock units</li>
          </ul>
          {check.olderVersion && <p>It was saved by an older equipflow: its tables are brought up to date.</p>}
          <p>It replaces your shop as it is now; a copy of that goes to the backup folder first.</p>
        </div>
      )}
      <FieldError error={error} />
      <div className="move-prompt__actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        {check ? (
          <button
            type="button"
            className="button button--primary"
            data-action="confirm-restore"
            disabled={busy}
            onClick={() => void run(() => call(() => commands.backupRestore(check.path)), onRestored)}
          >
            {busy ? "Restoring…" : "Restore this copy"}
          </button>
        ) : (
          <button
            type="button"
            className="button button--primary"
            data-action="check-backup"
            disabled={busy || path.trim() === ""}
            onClick={() => void run(() => call(() => commands.backupCheck(path)), setCheck)}
          >
            {busy ? "Checking…" : "Check this copy"}
          </button>
        )}
      </div>
    </Dialog>
  );
}
