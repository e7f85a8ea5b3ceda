import { Fragment, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { commands, type FieldInfo, type RuleSpec, type RuleView } from "../bindings";
import { call } from "../ipc";
import {
  type ConditionDraft,
  draftFromSpec,
  emptyCondition,
  emptyDraft,
  type ErrorPlace,
  errorPlace,
  fieldInfo,
  type RuleDraft,
  sameSpec,
  toSpec,
  withField,
} from "./draft";
import { FieldError, FormRefusal } from "../shell/FieldError";
import { SaveButtons } from "../shell/SaveButtons";
import { useFieldErrors } from "../shell/useFieldErrors";
import { type PreviewState, RulePreview, runPreview } from "./RulePreview";
import { Switch } from "./RuleList";
import {
  ACTION_HINTS,
  ACTION_LABELS,
  ACTIONS,
  COMBINATOR_LABELS,
  COMBINATORS,
  FIELD_LABELS,
  fieldLabel,
  fieldRuns,
  OP_LABELS,
} from "./ruleText";

type RuleEditorProps = {
  /** The stored rule being edited (latest version seen), or null for a new rule. */
  rule: RuleView | null;
  /** Rust's field list (`ruleFieldsGet`): which fields, in which order, their value type and operators. */
  fields: FieldInfo[];
  onSaved: (view: RuleView) => void;
  onClose: () => void;
};

export function RuleEditor({ rule, fields, onSaved, onClose }: RuleEditorProps) {
  const { t } = useTranslation();
  const [base, setBase] = useState<{ version: number; spec: RuleSpec } | null>(
    rule ? { version: rule.version, spec: rule.spec } : null,
  );
  const [draft, setDraft] = useState<RuleDraft>(() => (rule ? draftFromSpec(rule.spec, fields) : emptyDraft(fields)));
  const { error, setError, place, at, invalid, clearIf } = useFieldErrors(errorPlace);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [preview, setPreview] = useState<PreviewState>({ state: "idle" });
  const id = useId();

  const spec = toSpec(draft);
  // Both sides go through the draft, so key order and number spelling do not count as edits.
  const dirty = base ? !sameSpec(spec, toSpec(draftFromSpec(base.spec, fields))) : true;

  // Someone (this desk's switch, or another desk) saved a newer version:
  // follow it when nothing is being edited; otherwise keep the typing, and
  // saving will report the conflict.
  useEffect(() => {
    if (!rule || !base || rule.version <= base.version) return;
    if (!dirty) {
      setBase({ version: rule.version, spec: rule.spec });
      setDraft(draftFromSpec(rule.spec, fields));
    }
  }, [rule, base, dirty, fields]);

  function edit(change: Partial<RuleDraft>, clears: (p: ErrorPlace) => boolean) {
    setDraft((d) => ({ ...d, ...change }));
    setSaved(false);
    clearIf(clears);
  }

  function editRow(index: number, change: Partial<ConditionDraft>) {
    edit(
      { conditions: draft.conditions.map((c, i) => (i === index ? { ...c, ...change } : c)) },
      (p) => (p.at === "row" && p.index === index) || p.at === "conditions",
    );
  }

  function pickField(index: number, field: ConditionDraft["field"]) {
    const row = draft.conditions[index];
    const info = fieldInfo(fields, field);
    if (!row || !info) return;
    editRow(index, withField(row, info));
  }

  function addRow() {
    const first = fields[0];
    if (!first) return;
    edit({ conditions: [...draft.conditions, emptyCondition(first)] }, (p) => p.at === "conditions");
  }

  function removeRow(index: number) {
    // Row numbers after it shift: an error about a later row no longer points right.
    edit({ conditions: draft.conditions.filter((_, i) => i !== index) }, (p) => p.at === "row" || p.at === "conditions");
  }

  async function save() {
    setSaving(true);
    setSaved(false);
    const answer = rule && base
      ? await call(() => commands.ruleUpdate(rule.id, base.version, spec))
      : await call(() => commands.ruleCreate(spec));
    setSaving(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setError(null);
    setBase({ version: answer.data.version, spec: answer.data.spec });
    setDraft(draftFromSpec(answer.data.spec, fields));
    setSaved(true);
    onSaved(answer.data);
  }

  async function reloadLatest() {
    if (!rule) return;
    const answer = await call(() => commands.rulesList());
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    const latest = answer.data.find((r) => r.id === rule.id);
    if (!latest) return;
    setBase({ version: latest.version, spec: latest.spec });
    setDraft(draftFromSpec(latest.spec, fields));
    setError(null);
  }

  async function doPreview() {
    setPreview({ state: "loading" });
    const result = await runPreview(spec);
    if (result.state === "failed") setError(result.error);
    setPreview(result);
  }

  return (
    <section className="rule-editor" aria-labelledby={`${id}-title`} data-editor={rule ? `rule-${rule.id}` : "new"}>
      <header className="rule-editor__header">
        <div>
          <h2 className="rule-editor__title" id={`${id}-title`}>
            {rule ? t("rules.edit") : t("rules.new")}
          </h2>
          <p className="rule-editor__sub">
            {t("rules.checkedAt")}
            {base && <span className="rule-editor__version"> {t("rules.version", { version: base.version })}</span>}
          </p>
        </div>
        <button type="button" className="button button--quiet" onClick={onClose} aria-label={t("rules.closeEditor")}>
          {t("common.close")}
        </button>
      </header>

      <form
        className="rule-editor__form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <FormRefusal
          className="rule-editor__banner"
          error={at("form")}
          onLoadLatest={rule && (() => void reloadLatest())}
        />

        <div className="rule-editor__grid">
          <label className="rule-field rule-field--wide">
            <span className="rule-field__label">{t("rules.name")}</span>
            <input
              className="field"
              name="name"
              value={draft.name}
              aria-invalid={invalid("name")}
              onChange={(e) => edit({ name: e.target.value }, (p) => p.at === "name")}
              placeholder={t("rules.namePlaceholder")}
            />
            <FieldError error={at("name")} />
          </label>

          <div className="rule-field">
            <span className="rule-field__label" id={`${id}-enabled`}>
              {t("rules.status")}
            </span>
            <Switch
              on={draft.enabled}
              label={t("rules.enabled")}
              onChange={() => edit({ enabled: !draft.enabled }, () => false)}
            />
          </div>

          <label className="rule-field rule-field--full">
            <span className="rule-field__label">{t("rules.description")}</span>
            <textarea
              className="field"
              name="description"
              rows={2}
              value={draft.description}
              aria-invalid={invalid("description")}
              onChange={(e) => edit({ description: e.target.value }, (p) => p.at === "description")}
              placeholder={t("rules.descriptionPlaceholder")}
            />
            <FieldError error={at("description")} />
          </label>
        </div>

        <fieldset className="rule-conditions">
          <legend className="rule-conditions__legend">
            {t("rules.when")}
            <select
              className="field rule-conditions__combinator"
              name="combinator"
              aria-label={t("rules.combine")}
              value={draft.combinator}
              onChange={(e) => edit({ combinator: e.target.value as RuleDraft["combinator"] }, () => false)}
            >
              {COMBINATORS.map((c) => (
                <option key={c} value={c}>
                  {COMBINATOR_LABELS[c]}
                </option>
              ))}
            </select>
          </legend>

          <ol className="rule-conditions__list">
            {draft.conditions.map((c, i) => {
              const rowError = place?.at === "row" && place.index === i ? error : null;
              const info = fieldInfo(fields, c.field);
              // A stored rule may name a field or operator Rust no longer lists:
              // show it as it is, and Rust's refusal on save says why.
              const ops = info ? (info.ops.includes(c.op) ? info.ops : [...info.ops, c.op]) : [c.op];
              return (
                <li
                  key={c.key}
                  className={`condition-row${rowError ? " condition-row--invalid" : ""}`}
                  data-condition-index={i}
                >
                  <span className="condition-row__joiner" aria-hidden="true">
                    {i === 0 ? t("rules.if") : draft.combinator === "all" ? t("rules.and") : t("rules.or")}
                  </span>
                  <select
                    className="field condition-row__field"
                    aria-label={t("rules.conditionField", { n: i + 1 })}
                    name={`conditions[${i}].field`}
                    value={c.field}
                    onChange={(e) => pickField(i, e.target.value as ConditionDraft["field"])}
                  >
                    {!info && <option value={c.field}>{FIELD_LABELS[c.field] ?? c.field}</option>}
                    {fieldRuns(fields).map((run, r) => {
                      const options = run.fields.map((f) => (
                        <option key={f.field} value={f.field}>
                          {fieldLabel(f)}
                        </option>
                      ));
                      return run.group ? (
                        <optgroup key={`${r}-${run.group}`} label={run.group}>
                          {options}
                        </optgroup>
                      ) : (
                        <Fragment key={r}>{options}</Fragment>
                      );
                    })}
                  </select>
                  <select
                    className="field condition-row__op"
                    aria-label={t("rules.conditionOp", { n: i + 1 })}
                    name={`conditions[${i}].op`}
                    value={c.op}
                    onChange={(e) => editRow(i, { op: e.target.value as ConditionDraft["op"] })}
                  >
                    {ops.map((o) => (
                      <option key={o} value={o}>
                        {OP_LABELS[o]}
                      </option>
                    ))}
                  </select>
                  {c.kind === "bool" ? (
                    <select
                      className="field condition-row__value"
                      aria-label={t("rules.conditionValue", { n: i + 1 })}
                      name={`conditions[${i}].value`}
                      value={c.text === "no" ? "no" : "yes"}
                      aria-invalid={rowError ? true : undefined}
                      onChange={(e) => editRow(i, { text: e.target.value })}
                    >
                      <option value="yes">{t("common.yes")}</option>
                      <option value="no">{t("common.no")}</option>
                    </select>
                  ) : (
                    <input
                      className="field condition-row__value"
                      aria-label={t("rules.conditionValue", { n: i + 1 })}
                      name={`conditions[${i}].value`}
                      type="text"
                      inputMode={c.kind === "number" ? "decimal" : undefined}
                      value={c.text}
                      placeholder={c.kind === "number" ? "0" : t("rules.textPlaceholder")}
                      aria-invalid={rowError ? true : undefined}
                      onChange={(e) => editRow(i, { text: e.target.value })}
                    />
                  )}
                  <button
                    type="button"
                    className="button button--quiet button--small condition-row__remove"
                    aria-label={t("rules.removeCondition", { n: i + 1 })}
                    title={t("rules.removeConditionHint")}
                    onClick={() => removeRow(i)}
                  >
                    ✕
                  </button>
                  {rowError && (
                    <div className="condition-row__error">
                      <FieldError error={rowError} />
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
          <FieldError error={at("conditions")} />
          <button type="button" className="button button--small rule-conditions__add" onClick={addRow}>
            {t("rules.addCondition")}
          </button>
        </fieldset>

        <div className="rule-then">
          <label className="rule-field">
            <span className="rule-field__label">{t("rules.then")}</span>
            <select
              className="field"
              name="action"
              value={draft.action}
              onChange={(e) => edit({ action: e.target.value as RuleDraft["action"] }, () => false)}
            >
              {ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {ACTION_LABELS[a]}
                </option>
              ))}
            </select>
          </label>
          <p className="rule-then__hint">{ACTION_HINTS[draft.action]}</p>
        </div>

        <div className="rule-editor__actions">
          <button
            type="button"
            className="button"
            data-action="preview"
            onClick={() => void doPreview()}
            disabled={preview.state === "loading"}
          >
            {preview.state === "loading" ? t("rules.previewing") : t("rules.previewHits")}
          </button>
          <span className="rule-editor__spacer" />
          <SaveButtons
            prefix="rule-editor"
            saving={saving}
            saved={saved}
            dirty={dirty}
            onDiscard={
              rule && dirty
                ? () => {
                    if (!base) return;
                    setDraft(draftFromSpec(base.spec, fields));
                    setError(null);
                  }
                : null
            }
            label={rule ? t("rules.save") : t("rules.create")}
          />
        </div>
      </form>

      <RulePreview preview={preview} current={spec} />
    </section>
  );
}
