// How each line's specs fit the catalog, asked of Rust as the person types
// (`order_line_fit`): the count, what is missing, the products with prices.
// Rust decides what fits; the form only shows the answer to what the line
// holds now, never an answer to an older draft.

import { useEffect, useState } from "react";
import { commands, type LineFit } from "../bindings";
import { call } from "../ipc";
import { type LineDraft, lineSpecs } from "./orderForm";

type Answer = { asked: string; fit: LineFit | null };

/** Rust's fit of each line with a service, by line id; a line Rust has not answered yet has none. */
export function useLineFits(lines: readonly LineDraft[]): ReadonlyMap<number, LineFit> {
  const [answers, setAnswers] = useState<ReadonlyMap<number, Answer>>(new Map());
  const asks = lines
    .filter((l) => l.serviceId !== "")
    .map((l) => {
      const specs = lineSpecs(l);
      return { lineId: l.id, serviceId: Number(l.serviceId), specs, asked: JSON.stringify([l.serviceId, specs]) };
    });
  const key = JSON.stringify(asks.map((a) => [a.lineId, a.asked]));

  useEffect(() => {
    let live = true;
    for (const a of asks) {
      if (answers.get(a.lineId)?.asked === a.asked) continue;
      void call(() => commands.orderLineFit(a.serviceId, a.specs)).then((r) => {
        // A value Rust cannot read yet (">=" alone) has no fit; submitting names it.
        if (live) setAnswers((prev) => new Map(prev).set(a.lineId, { asked: a.asked, fit: r.ok ? r.data : null }));
      });
    }
    return () => {
      live = false;
    };
    // `key` names every line's question; `answers` changing is the reply arriving.
  }, [key]);

  const fits = new Map<number, LineFit>();
  for (const a of asks) {
    const answer = answers.get(a.lineId);
    if (answer?.fit && answer.asked === a.asked) fits.set(a.lineId, answer.fit);
  }
  return fits;
}
