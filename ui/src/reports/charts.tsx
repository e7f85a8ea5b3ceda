// Each report as a chart (recharts) and the table under it. Every number is
// Rust's, drawn as it came; a number with items behind it is a button that
// opens them. The charts carry their values in `data-*` attributes, so a test
// reads what was drawn.

import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Count, CumulativeFlow, LeadTimes, OnTime, OpenWork, ProductUse, ReportItem, TimeSpan, TimeStat, Utilisation } from "../bindings";
import { deskToday } from "../clock";
import { i18n } from "../i18n";
import { dateLabel, deskLocale, weekdayDateLabel } from "../people";
import { CsvButton } from "./CsvButton";
import type { OpenItems } from "./ReportsScreen";

/** Colours of the board's columns (styles.css), and one per age bucket, oldest darkest. */
const band = (key: string) => (key === "completed" ? "var(--accent-done)" : `var(--accent-${key})`);
const AGE_COLORS = ["var(--report-age-0)", "var(--report-age-1)", "var(--report-age-2)", "var(--report-age-3)"];

const AXIS = { stroke: "var(--text-muted)", fontSize: 12 };
const TOOLTIP = { contentStyle: { background: "var(--surface)", border: "1px solid var(--border)", color: "var(--text)" } };

/**
 * An axis draws a short name that fits under its bar or day ("D3", "30 Nov");
 * the tooltip says it whole. `data` rows carry both: `short` and `name`.
 */
const wholeName = (_: unknown, payload: readonly { payload?: { name?: string } }[]) => payload[0]?.payload?.name ?? "";

/** The legend in the order the series are drawn (recharts sorts it by name unless told). */
const inOrder = (names: string[]) => (item: { value?: unknown }) => names.indexOf(String(item.value));

export function CountButton({ count, caption, onItems }: { count: Count; caption: string; onItems: OpenItems }) {
  if (count.count === 0) return <span className="report__zero">0</span>;
  return (
    <button
      type="button"
      className="report__count"
      data-count={count.count}
      aria-label={i18n.t("reports.showItems", { count: count.count, caption })}
      onClick={() => onItems(caption, count)}
    >
      {count.count}
    </button>
  );
}

const spanText = (s: TimeSpan | null | undefined) => s?.text ?? "—";
const percentText = (p: number | null | undefined) => (p == null ? "—" : `${p} %`);

/** An item as people know it: "EF-00012 · Dell Latitude 5450". */
export function ItemName({ item }: { item: ReportItem }) {
  return (
    <>
      <span className="report__order">{item.orderNumber}</span> · {item.title}
    </>
  );
}

export function OpenWorkChart({ view, onItems }: { view: OpenWork; onItems: OpenItems }) {
  const data = view.columns.map((c) => ({
    short: c.decisionPoint,
    name: `${c.decisionPoint} ${c.title}`,
    ...Object.fromEntries(c.byAge.map((b, i) => [view.ageBuckets[i] ?? String(i), b.count])),
  }));
  return (
    <div className="report__content">
      <figure className="report__chart" data-chart="open_work" data-values={JSON.stringify(view.columns.map((c) => c.total))}>
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid stroke="var(--border)" vertical={false} />
            <XAxis dataKey="short" tick={AXIS} interval={0} />
            <YAxis allowDecimals={false} tick={AXIS} />
            <Tooltip {...TOOLTIP} labelFormatter={wholeName} />
            <Legend itemSorter={inOrder(view.ageBuckets)} />
            {view.ageBuckets.map((b, i) => (
              <Bar key={b} dataKey={b} stackId="age" fill={AGE_COLORS[i]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <table className="report__table">
        <thead>
          <tr>
            <th scope="col">{i18n.t("reports.decisionPoint")}</th>
            <th scope="col">{i18n.t("reports.open")}</th>
            {view.ageBuckets.map((b) => (
              <th scope="col" key={b}>
                {b}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.columns.map((c) => (
            <tr key={c.key} data-column={c.key}>
              <th scope="row">
                {c.decisionPoint} {c.title}
              </th>
              <td data-total={c.total}>{c.total}</td>
              {c.byAge.map((b, i) => (
                <td key={view.ageBuckets[i]}>
                  <CountButton count={b} caption={`${c.title}, ${view.ageBuckets[i]}`} onItems={onItems} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="report__side">
        <table className="report__table report__table--small">
          <caption>
            {i18n.t("reports.holds")} <CsvButton table="holds" caption={i18n.t("reports.theHolds")} small />
          </caption>
          <tbody>
            {view.holds.map((h) => (
              <tr key={h.kind} data-hold={h.kind}>
                <th scope="row">{h.label}</th>
                <td>
                  <CountButton count={h.items} caption={h.label} onItems={onItems} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="report__table report__table--small">
          <caption>
            {i18n.t("reports.approvals")} <CsvButton table="approvals" caption={i18n.t("reports.theApprovals")} small />
          </caption>
          <tbody>
            {view.approvals.length === 0 && (
              <tr>
                <td>{i18n.t("reports.none")}</td>
              </tr>
            )}
            {view.approvals.map((a) => (
              <tr key={a.item.itemId} data-item={a.item.itemId}>
                <th scope="row">
                  <button
                    type="button"
                    className="report__link"
                    onClick={() => onItems(i18n.t("reports.approval"), { count: 1, itemIds: [a.item.itemId] })}
                  >
                    <ItemName item={a.item} />
                  </button>
                </th>
                <td data-minutes={a.waiting.minutes}>waiting {a.waiting.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function CumulativeFlowChart({ flow }: { flow: CumulativeFlow }) {
  const today = deskToday();
  const locale = deskLocale();
  const data = flow.days.map((d) => ({
    short: dateLabel(d.date, today, locale),
    name: d.label,
    ...Object.fromEntries(d.counts.map((n, i) => [flow.bands[i]?.title ?? String(i), n])),
  }));
  const last = flow.days[flow.days.length - 1];
  // Bottom up: done first, then the columns from the end of the flow back to its start.
  const stacked = flow.bands.map((b, i) => ({ ...b, i })).reverse();
  return (
    <div className="report__content">
      <figure className="report__chart report__chart--wide" data-chart="cumulative_flow" data-last={JSON.stringify(last?.counts ?? [])}>
        <ResponsiveContainer width="100%" height={300}>
          <AreaChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid stroke="var(--border)" vertical={false} />
            <XAxis dataKey="short" tick={AXIS} minTickGap={16} />
            <YAxis allowDecimals={false} tick={AXIS} />
            <Tooltip {...TOOLTIP} labelFormatter={wholeName} />
            <Legend itemSorter={inOrder(flow.bands.map((b) => b.title))} />
            {stacked.map((b) => (
              <Area
                key={b.key}
                type="linear"
                dataKey={b.title}
                stackId="flow"
                stroke={band(b.key)}
                fill={band(b.key)}
                fillOpacity={0.55}
                isAnimationActive={false}
              />
            ))}
          </AreaChart>
        </ResponsiveContainer>
      </figure>
      {last && (
        <table className="report__table">
          <caption>{i18n.t("reports.atEnd", { day: last.label })}</caption>
          <thead>
            <tr>
              {flow.bands.map((b) => (
                <th scope="col" key={b.key}>
                  {b.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {last.counts.map((n, i) => (
                <td key={flow.bands[i]?.key ?? i} data-band={flow.bands[i]?.key}>
                  {n}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      )}
    </div>
  );
}

function StatRows({ stats, onItems }: { stats: TimeStat[]; onItems: OpenItems }) {
  return (
    <>
      {stats.map((s) => (
        <tr key={s.key} data-stat={s.key}>
          <th scope="row">{s.label}</th>
          <td>
            <CountButton count={s.items} caption={s.label} onItems={onItems} />
          </td>
          <td data-minutes={s.median?.minutes ?? ""}>{spanText(s.median)}</td>
          <td>{spanText(s.p85)}</td>
          <td>
            {s.slowest.slice(0, 3).map((x) => (
              <button
                key={x.itemId}
                type="button"
                className="report__link"
                onClick={() => onItems(s.label, { count: 1, itemIds: [x.itemId] })}
              >
                {x.orderNumber} ({x.took.text})
              </button>
            ))}
          </td>
        </tr>
      ))}
    </>
  );
}

function StatTable({ caption, stats, onItems }: { caption: string; stats: TimeStat[]; onItems: OpenItems }) {
  return (
    <table className="report__table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col"> </th>
          <th scope="col">{i18n.t("order.items")}</th>
          <th scope="col">{i18n.t("reports.median")}</th>
          <th scope="col">{i18n.t("reports.p85")}</th>
          <th scope="col">{i18n.t("reports.slowest")}</th>
        </tr>
      </thead>
      <tbody>
        <StatRows stats={stats} onItems={onItems} />
      </tbody>
    </table>
  );
}

export function LeadTimeChart({ lead, onItems }: { lead: LeadTimes; onItems: OpenItems }) {
  const data = lead.perDecisionPoint.map((s) => ({
    short: s.shortLabel,
    name: s.label,
    "Median (h)": s.median?.hours ?? 0,
    "85th percentile (h)": s.p85?.hours ?? 0,
  }));
  return (
    <div className="report__content">
      <figure
        className="report__chart"
        data-chart="lead_times"
        data-delivered={lead.toDelivered.items.count}
        data-median-minutes={lead.toDelivered.median?.minutes ?? ""}
      >
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid stroke="var(--border)" vertical={false} />
            <XAxis dataKey="short" tick={AXIS} interval={0} />
            <YAxis tick={AXIS} unit=" h" />
            <Tooltip {...TOOLTIP} labelFormatter={wholeName} />
            <Legend itemSorter={inOrder(["Median (h)", "85th percentile (h)"])} />
            <Bar dataKey="Median (h)" fill="var(--report-median)" isAnimationActive={false} />
            <Bar dataKey="85th percentile (h)" fill="var(--report-p85)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <StatTable caption={i18n.t("reports.leadTime")} stats={[lead.toDelivered, lead.toCompleted]} onItems={onItems} />
      <StatTable caption={i18n.t("reports.timeIn")} stats={lead.perDecisionPoint} onItems={onItems} />
      <StatTable caption={i18n.t("reports.byService")} stats={lead.perService.slice(0, 10)} onItems={onItems} />
      <StatTable caption={i18n.t("reports.byCustomer")} stats={lead.perCustomer.slice(0, 10)} onItems={onItems} />
    </div>
  );
}

export function OnTimeChart({ onTime, onItems }: { onTime: OnTime; onItems: OpenItems }) {
  const data = [
    { name: i18n.t("reports.onTimeShort"), Items: onTime.onTime.count, fill: "var(--success)" },
    { name: i18n.t("reports.late"), Items: onTime.late.count, fill: "var(--danger)" },
    { name: i18n.t("reports.early"), Items: onTime.early.count, fill: "var(--info)" },
  ];
  return (
    <div className="report__content">
      <figure className="report__chart report__chart--narrow" data-chart="on_time" data-delivered={onTime.delivered.count}>
        <p className="report__big" data-percent={onTime.onTimePercent ?? ""}>
          {onTime.onTimePercent === null ? i18n.t("reports.nothingDelivered") : i18n.t("reports.percentOnTime", { percent: onTime.onTimePercent })}
        </p>
        <ResponsiveContainer width="100%" height={180}>
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
            <XAxis type="number" allowDecimals={false} tick={AXIS} />
            <YAxis type="category" dataKey="name" tick={AXIS} width={64} />
            <Tooltip {...TOOLTIP} />
            <Bar dataKey="Items" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <table className="report__table report__table--small">
        <caption>
          {i18n.t("reports.delivered")} <CsvButton table="delivered" caption={i18n.t("reports.theDelivered")} small />
        </caption>
        <tbody>
          <tr>
            <th scope="row">{i18n.t("reports.delivered")}</th>
            <td>
              <CountButton count={onTime.delivered} caption={i18n.t("reports.delivered")} onItems={onItems} />
            </td>
          </tr>
          <tr>
            <th scope="row">{i18n.t("reports.onTimeShort")}</th>
            <td>
              <CountButton count={onTime.onTime} caption={i18n.t("reports.onTimeShort")} onItems={onItems} />
            </td>
          </tr>
          <tr>
            <th scope="row">{i18n.t("reports.late")}</th>
            <td>
              <CountButton count={onTime.late} caption={i18n.t("reports.late")} onItems={onItems} />
            </td>
          </tr>
          <tr>
            <th scope="row">{i18n.t("reports.early")}</th>
            <td>
              <CountButton count={onTime.early} caption={i18n.t("reports.early")} onItems={onItems} />
            </td>
          </tr>
        </tbody>
      </table>
      <table className="report__table">
        <caption>{i18n.t("reports.lateDeliveries")}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t("rules.preview.order")}</th>
            <th scope="col">{i18n.t("order.customer")}</th>
            <th scope="col">{i18n.t("reports.windowEnded")}</th>
            <th scope="col">{i18n.t("reports.delivered")}</th>
            <th scope="col">{i18n.t("reports.daysLate")}</th>
            <th scope="col">{i18n.t("rules.preview.why")}</th>
          </tr>
        </thead>
        <tbody>
          {onTime.lateItems.length === 0 && (
            <tr>
              <td colSpan={6}>{i18n.t("reports.noneLate")}</td>
            </tr>
          )}
          {onTime.lateItems.slice(0, 20).map((l) => (
            <tr key={l.itemId} data-late-item={l.itemId}>
              <th scope="row">
                <button
                  type="button"
                  className="report__link"
                  onClick={() => onItems(i18n.t("reports.late"), { count: 1, itemIds: [l.itemId] })}
                >
                  {l.orderNumber}
                </button>
              </th>
              <td>{l.customer}</td>
              <td>{l.windowEnd}</td>
              <td>{l.deliveredOn}</td>
              <td>{l.daysLate}</td>
              <td>{l.reasons.map((r) => r.text).join("; ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The longest period whose days the screen lists one by one; the CSV has every day of any period. */
const PER_DAY_MAX = 14;

/** Each resource's booked share on each day: how busy each driver was, day by day. */
function UtilisationPerDay({ use }: { use: Utilisation }) {
  const today = deskToday();
  const locale = deskLocale();
  return (
    <table className="report__table report__table--days">
      <caption>{i18n.t("reports.sharePerDay")}</caption>
      <thead>
        <tr>
          <th scope="col">{i18n.t("planner.resource")}</th>
          {use.days.map((d, i) => (
            <th scope="col" key={d} title={use.dayLabels[i]}>
              {weekdayDateLabel(d, today, locale)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {use.resources.map((r) => (
          <tr key={r.resourceId} data-resource-days={r.resourceId}>
            <th scope="row">{r.name}</th>
            {r.days.map((d) => (
              <td key={d.date} data-percent={d.percent ?? ""} title={`${d.booked.text} of ${d.working.text}`} className={d.percent === null ? "report__off" : undefined}>
                {d.percent === null ? "off" : `${d.percent} %`}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function UtilisationChart({ use }: { use: Utilisation }) {
  const data = use.resources.map((r) => ({ name: r.name, "Booked (h)": r.booked.hours, "Working (h)": r.working.hours }));
  return (
    <div className="report__content">
      <figure
        className="report__chart"
        data-chart="utilisation"
        data-values={JSON.stringify(use.resources.map((r) => r.booked.minutes))}
      >
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid stroke="var(--border)" vertical={false} />
            <XAxis dataKey="name" tick={AXIS} />
            <YAxis tick={AXIS} unit=" h" />
            <Tooltip {...TOOLTIP} />
            <Legend itemSorter={inOrder(["Working (h)", "Booked (h)"])} />
            <Bar dataKey="Working (h)" fill="var(--report-working)" isAnimationActive={false} />
            <Bar dataKey="Booked (h)" fill="var(--report-booked)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <table className="report__table">
        <thead>
          <tr>
            <th scope="col">{i18n.t("planner.resource")}</th>
            <th scope="col">{i18n.t("reports.booked")}</th>
            <th scope="col">{i18n.t("reports.working")}</th>
            <th scope="col">{i18n.t("reports.bookedShare")}</th>
          </tr>
        </thead>
        <tbody>
          {use.resources.map((r) => (
            <tr key={r.resourceId} data-resource={r.resourceId}>
              <th scope="row">{r.name}</th>
              <td data-minutes={r.booked.minutes}>{r.booked.text}</td>
              <td>{r.working.text}</td>
              <td>{percentText(r.percent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {use.days.length <= PER_DAY_MAX && <UtilisationPerDay use={use} />}
    </div>
  );
}

export function StockUseChart({ products }: { products: ProductUse[] }) {
  // The busiest products first in the chart; the table lists every one.
  const busiest = [...products].sort((a, b) => (b.percent ?? 0) - (a.percent ?? 0)).slice(0, 8);
  const data = busiest.map((p) => ({ name: p.name, "Out (%)": p.percent ?? 0 }));
  return (
    <div className="report__content">
      <figure
        className="report__chart"
        data-chart="stock_use"
        data-values={JSON.stringify(products.map((p) => p.outDays))}
      >
        {products.length === 0 ? (
          <p className="report__zero">{i18n.t("reports.noUnits")}</p>
        ) : (
          <ResponsiveContainer width="100%" height={40 + busiest.length * 28}>
            <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
              <CartesianGrid stroke="var(--border)" horizontal={false} />
              <XAxis type="number" domain={[0, 100]} unit=" %" tick={AXIS} />
              <YAxis type="category" dataKey="name" tick={AXIS} width={200} />
              <Tooltip {...TOOLTIP} />
              <Bar dataKey="Out (%)" fill="var(--accent-in_delivery)" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        )}
      </figure>
      <table className="report__table">
        <thead>
          <tr>
            <th scope="col">{i18n.t("stock.product")}</th>
            <th scope="col">{i18n.t("catalog.units")}</th>
            <th scope="col">{i18n.t("reports.daysOut")}</th>
            <th scope="col">{i18n.t("reports.unitDays")}</th>
            <th scope="col">{i18n.t("reports.out")}</th>
          </tr>
        </thead>
        <tbody>
          {products.map((p) => (
            <tr key={p.productId} data-product={p.productId}>
              <th scope="row">
                {p.name} <span className="report__sku">{p.sku}</span>
              </th>
              <td>{p.units}</td>
              <td data-out-days={p.outDays}>{p.outDays}</td>
              <td>{p.unitDays}</td>
              <td>{percentText(p.percent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
