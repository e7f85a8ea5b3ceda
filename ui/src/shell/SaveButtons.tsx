import { useTranslation } from "react-i18next";

type SaveButtonsProps = {
  /** The form's class prefix, e.g. "rule-editor": the "Saved" note is `${prefix}__saved`. */
  prefix: string;
  saving: boolean;
  saved: boolean;
  dirty: boolean;
  /** Throws the edits away; no Discard button while null. */
  onDiscard: (() => void) | null;
  /** The submit button's words, e.g. "Save rule" or "Create rule". */
  label: string;
};

/** The end of an editor's action bar: "Saved", Discard changes and the submit button. */
export function SaveButtons({ prefix, saving, saved, dirty, onDiscard, label }: SaveButtonsProps) {
  const { t } = useTranslation();
  return (
    <>
      {saved && !dirty && (
        <span className={`${prefix}__saved`} role="status">
          {t("common.saved")}
        </span>
      )}
      {onDiscard && (
        <button type="button" className="button button--quiet" onClick={onDiscard}>
          {t("common.discard")}
        </button>
      )}
      <button type="submit" className="button button--primary" data-action="save" disabled={saving || !dirty}>
        {saving ? t("common.saving") : label}
      </button>
    </>
  );
}
