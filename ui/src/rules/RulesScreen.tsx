import { useState } from "react";
import { type AppError, commands, type RuleView } from "../bindings";
import { useLiveRefresh } from "../board/useLiveRefresh";
import { call, type Outcome } from "../ipc";
import { ScreenHeader } from "../shell/ScreenHeader";
import { findRule } from "./draft";
import { RuleEditor } from "./RuleEditor";
import { RuleList } from "./RuleList";
import "./rules.css";

export type RulesScreenProps = Record<string, never>;

/** Which rule the editor shows: a stored one, or a new one (numbered so "New" twice starts afresh). */
type Editing = { kind: "rule"; id: number } | { kind: "new"; n: number } | null;

export function RulesScreen(_props: RulesScreenProps) {
  const [rules, setRules] = useState<RuleView[] | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const [loading, setLoading] = useState(true);
  const [editing, setEditing] = useState<Editing>(null);
  const [busy, setBusy] = useState<ReadonlySet<number>>(new Set());
  const [toggleErrors, setToggleErrors] = useState<ReadonlyMap<number, AppError>>(new Map());

  const refresh = useLiveRefresh<Outcome<RuleView[]>>(
    {
      load: () => call(() => commands.rulesList()),
      onStart: () => setLoading(true),
      onResult: (answer) => {
        setLoading(false);
        if (answer.ok) {
          setRules(answer.data);
          setLoadError(null);
        } else setLoadError(answer.error);
      },
    },
    [],
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
  const selectedRule = editing?.kind === "rule" ? findRule(rules, editing.id) : null;

  return (
    <main className="app rules-screen">
      <ScreenHeader
        view="Rules"
        sync={{ loading, failed: loadError !== null }}
        onRefresh={refresh}
        actions={
          <button
            type="button"
            className="button button--primary"
            data-action="new-rule"
            onClick={() => setEditing((e) => ({ kind: "new", n: e?.kind === "new" ? e.n + 1 : 1 }))}
          >
            New rule
          </button>
        }
      >
        {rules && (
          <>
            <span className="stat" data-stat="rules">
              <strong>{rules.length}</strong> {rules.length === 1 ? "rule" : "rules"}
            </span>
            <span className="pill" data-stat="rules-enabled">
              <strong>{enabled}</strong> on
            </span>
          </>
        )}
      </ScreenHeader>

      {loadError && (
        <div className="error-banner" role="alert" data-error-code={loadError.code}>
          <div className="error-banner__text">
            <strong>{rules ? "Could not refresh the rules." : "Could not load the rules."}</strong>{" "}
            {loadError.message}
          </div>
          <button type="button" className="button" onClick={refresh}>
            Retry
          </button>
        </div>
      )}

      <div className="rules-body">
        <section className="rules-pane" aria-label="Rule list">
          <div className="rules-pane__intro">
            <h2 className="rules-pane__title">D1 automatic review</h2>
            <p className="rules-pane__text">
              Every item of a submitted order is checked against the rules that are on. An item no rule hits flows on
              by itself; a hit sends it to a person with the rule's reason.
            </p>
          </div>
          {rules === null ? (
            !loadError && <p className="rules-list__empty">Loading rules…</p>
          ) : (
            <RuleList
              rules={rules}
              selectedId={editing?.kind === "rule" ? editing.id : null}
              busy={busy}
              toggleErrors={toggleErrors}
              onSelect={(id) => setEditing({ kind: "rule", id })}
              onToggle={(r) => void toggle(r)}
            />
          )}
        </section>

        <div className="rules-detail">
          {editing === null || (editing.kind === "rule" && !selectedRule) ? (
            <div className="rules-detail__empty">
              <p className="rules-detail__empty-title">Pick a rule to edit it</p>
              <p>Or start a new one; preview which open items it would hit before you save it.</p>
            </div>
          ) : (
            <RuleEditor
              key={editing.kind === "rule" ? `rule-${editing.id}` : `new-${editing.n}`}
              rule={selectedRule}
              rules={rules ?? []}
              onSaved={(view) => {
                replace(view);
                setEditing({ kind: "rule", id: view.id });
              }}
              onClose={() => setEditing(null)}
            />
          )}
        </div>
      </div>
    </main>
  );
}
