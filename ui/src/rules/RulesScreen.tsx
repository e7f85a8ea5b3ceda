import { useRef, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { type AppError, commands, type FieldInfo, type RuleView } from "../bindings";
import { call, type Outcome } from "../ipc";
import { ErrorBanner } from "../shell/ErrorBanner";
import { ScreenHeader } from "../shell/ScreenHeader";
import { useEditorTarget } from "../shell/useEditorTarget";
import { useScreenLoad } from "../shell/useScreenLoad";
import { findRule } from "./draft";
import { RuleEditor } from "./RuleEditor";
import { RuleList } from "./RuleList";
import "./rules.css";

export type RulesScreenProps = Record<string, never>;

/** One load: the rules, and Rust's field list until it has arrived once (null: already held). */
type Loaded = { rules: Outcome<RuleView[]>; fields: Outcome<FieldInfo[]> | null };

/** What failed to load, for the banner's words. */
type LoadError = { what: "rules" | "fields"; error: AppError };

/** `ruleFieldsGet` answers without an AppError; an IPC failure still becomes one. */
function loadFields(): Promise<Outcome<FieldInfo[]>> {
  return call(async () => ({ status: "ok", data: await commands.ruleFieldsGet() }));
}

export function RulesScreen(_props: RulesScreenProps) {
  const { t } = useTranslation();
  const [rules, setRules] = useState<RuleView[] | null>(null);
  const [fields, setFields] = useState<FieldInfo[] | null>(null);
  // The loader outlives renders; it reads whether the field list is held from here.
  const fieldsHeld = useRef(false);
  const [loadError, setLoadError] = useState<LoadError | null>(null);
  const { editing, editingId, editorKey, open, openNew, close } = useEditorTarget("rule");
  const [busy, setBusy] = useState<ReadonlySet<number>>(new Set());
  const [toggleErrors, setToggleErrors] = useState<ReadonlyMap<number, AppError>>(new Map());

  const { loading, refresh } = useScreenLoad<Loaded>(
    async () => {
      const [rules, fields] = await Promise.all([
        call(() => commands.rulesList()),
        fieldsHeld.current ? null : loadFields(),
      ]);
      return { rules, fields };
    },
    (answer) => {
      if (answer.rules.ok) setRules(answer.rules.data);
      if (answer.fields?.ok) {
        fieldsHeld.current = true;
        setFields(answer.fields.data);
      }
      if (!answer.rules.ok) setLoadError({ what: "rules", error: answer.rules.error });
      else if (answer.fields && !answer.fields.ok) setLoadError({ what: "fields", error: answer.fields.error });
      else setLoadError(null);
    },
  );

  /** Puts Rust's answer in the list at once, without waiting for the refresh. */
  function replace(view: RuleView) {
    setRules((rs) => {
      if (!rs) return [view];
      const known = rs.some((r) => r.id === view.id);
      return known ? rs.map((r) => (r.id === view.id && r.version <= view.version ? view : r)) : [...rs, view];
    });
  }

  async function toggle(rule: RuleView) {
    setBusy((s) => new Set(s).add(rule.id));
    const answer = await call(() =>
      commands.ruleUpdate(rule.id, rule.version, { ...rule.spec, enabled: !rule.spec.enabled }),
    );
    setBusy((s) => {
      const next = new Set(s);
      next.delete(rule.id);
      return next;
    });
    setToggleErrors((m) => {
      const next = new Map(m);
      if (answer.ok) next.delete(rule.id);
      else next.set(rule.id, answer.error);
      return next;
    });
    if (answer.ok) replace(answer.data);
    else if (answer.error.code === "conflict") refresh();
  }

  const enabled = rules?.filter((r) => r.spec.enabled).length ?? 0;
  const selectedRule = editingId === null ? null : findRule(rules, editingId);

  return (
    <main className="app rules-screen">
      <ScreenHeader
        view={t("rules.view")}
        sync={{ loading, failed: loadError !== null }}
        onRefresh={refresh}
        actions={
          <button
            type="button"
            className="button button--primary"
            data-action="new-rule"
            onClick={openNew}
          >
            {t("rules.new")}
          </button>
        }
      >
        {rules && (
          <>
            <span className="stat" data-stat="rules">
              <Trans i18nKey="rules.count" count={rules.length} components={{ strong: <strong /> }} />
            </span>
            <span className="pill" data-stat="rules-enabled">
              <Trans i18nKey="rules.countOn" values={{ count: enabled }} components={{ strong: <strong /> }} />
            </span>
          </>
        )}
      </ScreenHeader>

      <ErrorBanner
        error={loadError?.error ?? null}
        what={loadError?.what === "fields" ? t("rules.loadFields") : t("rules.loadRules")}
        stale={loadError?.what !== "fields" && rules !== null}
        onRetry={refresh}
      />

      <div className="rules-body">
        <section className="rules-pane" aria-label={t("rules.list")}>
          <div className="rules-pane__intro">
            <h2 className="rules-pane__title">{t("rules.d1Title")}</h2>
            <p className="rules-pane__text">
              {t("rules.d1Text")}
            </p>
          </div>
          {rules === null ? (
            !loadError && <p className="rules-list__empty">{t("rules.loading")}</p>
          ) : (
            <RuleList
              rules={rules}
              selectedId={editingId}
              busy={busy}
              toggleErrors={toggleErrors}
              onSelect={open}
              onToggle={(r) => void toggle(r)}
            />
          )}
        </section>

        <div className="rules-detail">
          {editing !== null && fields === null ? (
            <div className="rules-detail__empty">
              <p className="rules-detail__empty-title">
                {loadError ? t("rules.needsFields") : t("rules.loadingFields")}
              </p>
              {loadError && <p>{t("rules.retryAbove")}</p>}
            </div>
          ) : editing === null || (editing.kind === "stored" && !selectedRule) || fields === null ? (
            <div className="rules-detail__empty">
              <p className="rules-detail__empty-title">{t("rules.pick")}</p>
              <p>{t("rules.pickHint")}</p>
            </div>
          ) : (
            <RuleEditor
              key={editorKey}
              rule={selectedRule}
              fields={fields}
              onSaved={(view) => {
                replace(view);
                open(view.id);
              }}
              onClose={close}
            />
          )}
        </div>
      </div>
    </main>
  );
}
