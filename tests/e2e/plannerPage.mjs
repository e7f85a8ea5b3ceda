// Shared by the end-to-end suites of the planner: what it shows right now,
// where a time falls on a resource's row, picking queue cards, pressing keys.

export const TIMEOUT_MS = 20_000;

/** What the planner shows: queue entries, bookings per resource, the toast, dialogs. */
export const PLANNER_SCRIPT = `
  const queue = [...document.querySelectorAll("[data-queue-item]")].map((c) => ({
    itemId: c.getAttribute("data-queue-item"),
    order: c.getAttribute("data-order-number"),
    held: c.classList.contains("queue-card--held"),
  }));
  const bookings = [...document.querySelectorAll("[data-track] [data-booking-id]")].map((b) => ({
    order: b.getAttribute("data-order-number"),
    resourceId: b.closest("[data-track]").getAttribute("data-resource-id"),
  }));
  // What the last step said, next to where it was done: done or refused.
  const toast = document.querySelector("[data-notice]");
  return {
    anchor: document.querySelector("[data-anchor]")?.getAttribute("data-anchor") ?? null,
    queue,
    bookings,
    toast: toast ? { kind: toast.getAttribute("data-notice"), text: toast.textContent } : null,
    ghost: Boolean(document.querySelector(".drag-ghost")),
    dialog: document.querySelector("[role=dialog]")?.getAttribute("aria-label") ?? document.querySelector("[role=dialog] h2")?.textContent ?? null,
    error: document.querySelector(".error-banner")?.textContent ?? null,
  };
`;

/** The viewport point on a resource's track where `startIso` falls (the track is scrolled into view). */
export const TIME_POINT_SCRIPT = `
  const [resourceId, startIso] = arguments;
  const track = document.querySelector('[data-track][data-resource-id="' + resourceId + '"]');
  if (!track) return null;
  track.scrollIntoView({ block: "center", inline: "nearest" });
  const day = track.getAttribute("data-day").split("-").map(Number);
  const minutes = (Date.parse(startIso) - new Date(day[0], day[1] - 1, day[2]).getTime()) / 60000;
  const from = Number(track.getAttribute("data-from-min"));
  const to = Number(track.getAttribute("data-to-min"));
  const r = track.getBoundingClientRect();
  return {
    x: Math.round(r.left + ((minutes - from) / (to - from)) * r.width + 1),
    y: Math.round(r.top + r.height / 2),
  };
`;

export const state = (app) => app.execute(PLANNER_SCRIPT);
export const pause = (ms) => new Promise((r) => setTimeout(r, ms));

export async function pressEnter(app) {
  await app.actions([
    { type: "key", id: "keyboard", actions: [{ type: "keyDown", value: "\uE007" }, { type: "keyUp", value: "\uE007" }] },
  ]);
  await app.releaseActions().catch(() => {});
}

export async function queueCard(app, itemId) {
  await app.execute(
    `document.querySelector('[data-queue-item="' + arguments[0] + '"]').scrollIntoView({ block: "center" });`,
    [itemId],
  );
  return app.get(`[data-queue-item="${itemId}"]`);
}
