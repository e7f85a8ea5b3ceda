// The one date field: a date typed as one run of digits in the desk's order
// ("07122026" or "7.12.2026" in de-AT, "12072026" in en-US), built on
// react-aria's DateField (segments a screen reader announces, arrow keys to
// step) instead of `<input type="date">`, whose order follows the webview.
// It speaks "YYYY-MM-DD" both ways, and "" while the date is incomplete.

import { type CalendarDate, parseDate } from "@internationalized/date";
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from "react";
import {
  DateField as AriaDateField,
  type DateFieldRenderProps,
  DateInput,
  DateSegment,
  I18nProvider,
  Label,
} from "react-aria-components";
import { deskLocale } from "../people";
import "./dateField.css";

type DateFieldProps = {
  /** What the field is for: a visible label, or only its name for a screen reader with `labelHidden`. */
  label: string;
  labelHidden?: boolean;
  /** "YYYY-MM-DD", or "" for no date. */
  value: string;
  /** "YYYY-MM-DD" once day, month and year make a date; "" while they do not. */
  onChange: (value: string) => void;
  /** Whose order the digits are typed in; the desk's unless a test says. */
  locale?: string;
  /** The control's key (`fields.wire`): the first part carries it, so focusing `[data-field=…]` focuses the date. */
  "data-field"?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
  /** Enter in the field (add a day off to a list). */
  onEnter?: () => void;
  autoFocus?: boolean;
  /** Classes of the wrapper, the label and the box, so the field takes the form's layout. */
  className?: string;
  labelClassName?: string;
  inputClassName?: string;
  /** Drawn below the box: Rust's refusal of the date. */
  children?: ReactNode;
};

type Segment = DateFieldRenderProps["state"]["segments"][number];

/** Keys a person types between day, month and year: they move on to the next part. */
const SEPARATORS = new Set([".", "/", "-", ",", " "]);

export function DateField({
  label,
  labelHidden = false,
  value,
  onChange,
  locale,
  "data-field": key,
  "aria-invalid": invalid,
  "aria-describedby": describedBy,
  onEnter,
  autoFocus,
  className,
  labelClassName,
  inputClassName,
  children,
}: DateFieldProps) {
  const [date, setDate] = useState<CalendarDate | null>(() => calendarDate(value));
  // What the form last gave and what the field last said: a new `value` that is not
  // the field's own word comes from outside (a reset, "Today") and replaces the date.
  // A form that keeps its value when told "" (the planner's day) leaves the typing alone.
  const [given, setGiven] = useState(value);
  const [said, setSaid] = useState(value);
  if (value !== given) {
    setGiven(value);
    if (value !== said) {
      setSaid(value);
      setDate(calendarDate(value));
    }
  }

  function report(next: string) {
    if (next === said) return;
    setSaid(next);
    onChange(next);
  }

  // The part a digit was typed into since it took focus: a separator after it moves on.
  const typedIn = useRef<HTMLElement | null>(null);

  function onKeyDownCapture(e: KeyboardEvent<HTMLDivElement>) {
    const segment = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>("[data-type]") : null;
    if (!segment) return;
    if (/^\d$/.test(e.key)) {
      typedIn.current = segment;
    } else if (e.key === "Enter" && onEnter) {
      e.preventDefault();
      onEnter();
    } else if (SEPARATORS.has(e.key)) {
      // "7.12.2026": after a part the person typed, a separator goes on to the next part;
      // right after a part that moved on by itself ("07", "12") it is simply swallowed.
      e.preventDefault();
      e.stopPropagation();
      if (typedIn.current === segment) focusNextSegment(segment);
    }
  }

  const shownIn = locale ?? deskLocale();
  return (
    <I18nProvider locale={shownIn}>
      <div
        className={className}
        data-date-field={key}
        data-locale={shownIn}
        onKeyDownCapture={onKeyDownCapture}
        onFocusCapture={() => {
          typedIn.current = null;
        }}
      >
        <AriaDateField
          className="date-field"
          value={date}
          onChange={setDate}
          aria-label={labelHidden ? label : undefined}
          aria-describedby={describedBy}
          isInvalid={invalid === true}
          validationBehavior="aria"
          autoFocus={autoFocus}
        >
          {({ state }) => {
            const first = state.segments.find((s) => s.isEditable);
            return (
              <>
                {!labelHidden && <Label className={labelClassName}>{label}</Label>}
                <DateInput className={["field", "date-field__input", inputClassName].filter(Boolean).join(" ")}>
                  {(segment) => (
                    <DateSegment
                      segment={segment}
                      className="date-field__segment"
                      data-field={segment === first ? key : undefined}
                    />
                  )}
                </DateInput>
                <Report segments={state.segments} onDate={report} />
              </>
            );
          }}
        </AriaDateField>
        {children}
      </div>
    </I18nProvider>
  );
}

/** Tells the form what the parts now make, after every change the person makes. */
function Report({ segments, onDate }: { segments: Segment[]; onDate: (value: string) => void }) {
  const shown = isoDateOf(segments);
  useEffect(() => onDate(shown));
  return null;
}

function calendarDate(value: string): CalendarDate | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}

/**
 * "YYYY-MM-DD" when day, month and year are all typed and make a date; ""
 * otherwise. A year below 1000 is one still being typed ("202" on the way to
 * 2026): the shop's dates lie in 2000–2100.
 */
export function isoDateOf(segments: readonly Segment[]): string {
  const part = (type: Segment["type"]) => {
    const s = segments.find((x) => x.type === type);
    return s && !s.isPlaceholder && typeof s.value === "number" ? s.value : null;
  };
  const [year, month, day] = [part("year"), part("month"), part("day")];
  if (year === null || month === null || day === null || year < 1000) return "";
  const at = new Date(Date.UTC(2000, month - 1, day));
  at.setUTCFullYear(year);
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return "";
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function focusNextSegment(segment: HTMLElement) {
  const group = segment.closest('[role="group"]');
  if (!group) return;
  const parts = [...group.querySelectorAll<HTMLElement>('[data-type]:not([data-type="literal"])')];
  parts[parts.indexOf(segment) + 1]?.focus();
}
