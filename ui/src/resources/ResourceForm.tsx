import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { commands, type PlannerResource } from "../bindings";
import { deskToday } from "../clock";
import { call } from "../ipc";
import { dateLabel, deskLocale } from "../people";
import { FieldError, FormRefusal } from "../shell/FieldError";
import { SaveButtons } from "../shell/SaveButtons";
import { useFieldErrors } from "../shell/useFieldErrors";
import { ChipListField } from "./ChipListField";
import {
  draftFromResource,
  emptyResourceDraft,
  KIND_LABELS,
  KINDS,
  type ResourceDraft,
  type ResourceErrorPlace,
  resourceErrorPlace,
  sameInput,
  toInput,
  WEEKDAYS,
} from "./resourceDraft";

type ResourceFormProps = {
  /** The stored resource (latest version seen), or null for a new one. */
  resource: PlannerResource | null;
  onCreated: (id: number, name: string) => void;
  onClose: () => void;
};

export function ResourceForm({ resource, onCreated, onClose }: ResourceFormProps) {
  const { t } = useTranslation();
  const [base, setBase] = useState<PlannerResource | null>(resource);
  const [draft, setDraft] = useState<ResourceDraft>(() =>
    resource ? draftFromResource(resource) : emptyResourceDraft(),
  );
  const { error, setError, place, at, invalid, clearIf } = useFieldErrors(resourceErrorPlace);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const id = useId();
  const today = deskToday();
  const locale = deskLocale();

  const input = toInput(draft);
  const dirty = base ? !sameInput(input, toInput(draftFromResource(base))) : true;

  // A newer version arrived (saved here or at another desk): follow it unless the person is typing.
  useEffect(() => {
    if (!resource || !base || resource.version <= base.version || dirty) return;
    setBase(resource);
    setDraft(draftFromResource(resource));
  }, [resource, base, dirty]);

  function edit(change: Partial<ResourceDraft>, clears: (p: ResourceErrorPlace) => boolean) {
    setDraft((d) => ({ ...d, ...change }));
    setSaved(false);
    clearIf(clears);
  }

  // Hours and capacity share one error line below their row.
  const hoursErrorId = `${id}-hours-error`;
  const hoursError = at("workStart", "workEnd", "capacity");

  const is = (...ats: ResourceErrorPlace["at"][]) => (p: ResourceErrorPlace) => ats.includes(p.at);

  async function save() {
    setSaving(true);
    setSaved(false);
    if (resource && base) {
      const answer = await call(() => commands.resourceUpdate(resource.id, base.version, input));
      setSaving(false);
      if (!answer.ok) return setError(answer.error);
      setError(null);
      const version = answer.data;
      const next = { ...base, ...input, skills: input.skills ?? [], daysOff: input.daysOff ?? [], version };
      setBase(next);
      setDraft(draftFromResource(next));
      setSaved(true);
    } else {
      const answer = await call(() => commands.resourceCreate(input));
      setSaving(false);
      if (!answer.ok) return setError(answer.error);
      setError(null);
      onCreated(answer.data, input.name.trim());
    }
  }

  return (
    <section
      className="resource-form"
      aria-labelledby={`${id}-title`}
      data-editor={resource ? `resource-${resource.id}` : "new"}
    >
      <header className="resource-form__header">
        <div>
          <h2 className="resource-form__title" id={`${id}-title`}>
            {resource ? t("resources.edit", { name: resource.name }) : t("resources.new")}
          </h2>
          <p className="resource-form__sub">
            {t("resources.formHint")}
          </p>
        </div>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t("common.close")}
        </button>
      </header>

      <form
        className="resource-form__body"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <FormRefusal
          className="resource-form__banner"
          error={at("form")}
          onLoadLatest={
            resource &&
            (() => {
              setBase(resource);
              setDraft(draftFromResource(resource));
              setError(null);
            })
          }
        />

        <div className="resource-form__row">
          <fieldset className="res-field res-field--kind">
            <legend className="res-field__label">{t("resources.kindLabel")}</legend>
            <div className="segmented" role="radiogroup" aria-label={t("resources.kindLabel")}>
              {KINDS.map((k) => (
                <button
                  key={k}
                  type="button"
                  role="radio"
                  aria-checked={draft.kind === k}
                  className={`segmented__option${draft.kind === k ? " segmented__option--on" : ""}`}
                  data-kind={k}
                  onClick={() => edit({ kind: k }, is("kind"))}
                >
                  {KIND_LABELS[k]}
                </button>
              ))}
            </div>
            <FieldError error={at("kind")} />
          </fieldset>

          <label className="res-field res-field--grow">
            <span className="res-field__label">{t("resources.name")}</span>
            <input
              className="field"
              name="name"
              value={draft.name}
              aria-invalid={invalid("name")}
              placeholder={t("resources.namePlaceholder")}
              onChange={(e) => edit({ name: e.target.value }, is("name"))}
            />
            <FieldError error={at("name")} />
          </label>
        </div>

        <div className="resource-form__row">
          <label className="res-field res-field--time">
            <span className="res-field__label">{t("resources.starts")}</span>
            <input
              className="field"
              name="workStart"
              value={draft.workStart}
              placeholder="08:00"
              inputMode="numeric"
              aria-invalid={invalid("workStart")}
              aria-describedby={invalid("workStart") && hoursErrorId}
              onChange={(e) => edit({ workStart: e.target.value }, is("workStart", "workEnd"))}
            />
          </label>
          <label className="res-field res-field--time">
            <span className="res-field__label">{t("resources.ends")}</span>
            <input
              className="field"
              name="workEnd"
              value={draft.workEnd}
              placeholder="17:00"
              inputMode="numeric"
              aria-invalid={invalid("workEnd")}
              aria-describedby={invalid("workEnd") && hoursErrorId}
              onChange={(e) => edit({ workEnd: e.target.value }, is("workEnd"))}
            />
          </label>
          <label className="res-field res-field--capacity">
            <span className="res-field__label">{t("resources.capacityPerTrip")}</span>
            <span className="res-field__with-unit">
              <input
                className="field"
                name="capacity"
                value={draft.capacity}
                placeholder="10"
                inputMode="numeric"
                aria-invalid={invalid("capacity")}
                aria-describedby={invalid("capacity") && hoursErrorId}
                onChange={(e) => edit({ capacity: e.target.value }, is("capacity"))}
              />
              <span className="res-field__unit">{t("resources.units")}</span>
            </span>
          </label>
          {hoursError && place && (
            <div className={`resource-form__row-error resource-form__row-error--${place.at}`} id={hoursErrorId}>
              <FieldError error={hoursError} />
            </div>
          )}
        </div>

        <fieldset className="res-field">
          <legend className="res-field__label">{t("resources.worksOn")}</legend>
          <div className="weekdays" role="group" aria-label={t("resources.workDays")}>
            {WEEKDAYS.map((w) => {
              const on = draft.workDays.includes(w.iso);
              return (
                <button
                  key={w.iso}
                  type="button"
                  className={`weekday${on ? " weekday--on" : ""}${w.iso >= 6 ? " weekday--weekend" : ""}`}
                  aria-pressed={on}
                  aria-label={w.long}
                  data-weekday={w.iso}
                  onClick={() =>
                    edit(
                      { workDays: on ? draft.workDays.filter((d) => d !== w.iso) : [...draft.workDays, w.iso] },
                      is("workDays"),
                    )
                  }
                >
                  {w.short}
                </button>
              );
            })}
          </div>
          <FieldError error={at("workDays")} />
        </fieldset>

        <div className="resource-form__row resource-form__row--top">
          <ChipListField
            legend={t("resources.skills")}
            items={draft.skills}
            name="skill"
            inputLabel={t("resources.newSkill")}
            placeholder={t("resources.skillPlaceholder")}
            pending={draft.pendingSkill}
            onPending={(text) => edit({ pendingSkill: text }, is("skill", "skills"))}
            onAdd={(skill) => edit({ skills: [...draft.skills, skill], pendingSkill: "" }, is("skills"))}
            onRemove={(i) => edit({ skills: draft.skills.filter((_, j) => j !== i) }, is("skill", "skills"))}
            removeLabel={(s) => t("resources.removeSkill", { skill: s })}
            itemError={place?.at === "skill" && error ? { index: place.index, error } : null}
            listError={at("skills")}
          />

          <ChipListField
            legend={t("resources.daysOff")}
            items={draft.daysOff}
            show={(day) => dateLabel(day, today, locale)}
            name="dayOff"
            inputLabel={t("resources.newDayOff")}
            date
            pending={draft.pendingDayOff}
            onPending={(text) => edit({ pendingDayOff: text }, is("dayOff", "daysOff"))}
            onAdd={(day) => edit({ daysOff: [...draft.daysOff, day], pendingDayOff: "" }, is("daysOff"))}
            onRemove={(i) => edit({ daysOff: draft.daysOff.filter((_, j) => j !== i) }, is("dayOff", "daysOff"))}
            removeLabel={(d) => t("resources.removeDayOff", { day: dateLabel(d, today, locale) })}
            itemError={place?.at === "dayOff" && error ? { index: place.index, error } : null}
            listError={at("daysOff")}
          />
        </div>

        <div className="resource-form__actions">
          {base && <span className="resource-form__version">{t("rules.version", { version: base.version })}</span>}
          <span className="resource-form__spacer" />
          <SaveButtons
            prefix="resource-form"
            saving={saving}
            saved={saved}
            dirty={dirty}
            onDiscard={
              resource && dirty && base
                ? () => {
                    setDraft(draftFromResource(base));
                    setError(null);
                  }
                : null
            }
            label={resource ? t("resources.save") : t("resources.create")}
          />
        </div>
      </form>
    </section>
  );
}
