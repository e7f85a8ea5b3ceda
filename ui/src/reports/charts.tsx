// Each report as a chart (recharts) and the table under it. Every number is
// Rust's, drawn as it came; a number with items behind it is a button that
// opens them. The charts carry their values in `data-*` attributes, so a test
// reads what was drawn.

import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ReactNode } from "react";
import type { Count, CumulativeFlow, FlowDay, LeadTimes, OnTime, OpenWork, ProductUse, ReportItem, TimeSpan, TimeStat, Utilisation } from "../bindings";
import { deskToday } from "../clock";
import { i18n } from "../i18n";
import { dateLabel, deskLocale, weekdayDateLabel } from "../people";
import type { OpenItems } from "./ReportsScreen";
import { type Column, Table } from "./Table";

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

/**
 * An item as people know it, by its place in its order as the board names
 * it: "EF-000012/2 · Dell Latitude 5450" (two items of one order can share a title).
 */
export function ItemName({ item }: { item: ReportItem }) {
  return (
    <>
      <span className="report__order">
        {item.orderNumber}/{item.position}
      </span>{" "}
      · {item.title}
    </>
  );
}

/** A count that opens its items, as a column of a table: `count` picks it from the row. */
function countColumn<R>(key: string, head: string | undefined, count: (r: R) => Count, caption: (r: R) => string, onItems: OpenItems): Column<R> {
  return { key, head, cell: (r) => <CountButton count={count(r)} caption={caption(r)} onItems={onItems} /> };
}

/** A row's name as its first column (head left empty unless given). */
function nameColumn<R>(name: (r: R) => ReactNode, head?: string): Column<R> {
  return { key: "name", head, cell: name };
}

export function OpenWorkChart({ view, onItems }: { view: OpenWork; onItems: OpenItems }) {
  const data = view.columns.map((c) => ({
    short: c.decisionPoint,
    name: `${c.decisionPoint} ${c.title}`,
    ...Object.fromEntries(c.byAge.map((b, i) => [view.ageBuckets[i] ?? String(i), b.count])),
  }));
  type Col = OpenWork["columns"][number];
  const buckets: Column<Col>[] = view.ageBuckets.map((b, i) =>
    countColumn<Col>(b, b, (c) => c.byAge[i] ?? { count: 0, itemIds: [] }, (c) => `${c.title}, ${b}`, onItems),
  );
  type Hold = OpenWork["holds"][number];
  type Approval = OpenWork["approvals"][number];
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
      <Table<Col>
        rows={view.columns}
        rowKey={(c) => c.key}
        rowAttrs={(c) => ({ "data-column": c.key })}
        columns={[
          nameColumn((c) => `${c.decisionPoint} ${c.title}`, i18n.t("reports.decisionPoint")),
          { key: "total", head: i18n.t("reports.open"), cell: (c) => c.total, attrs: (c) => ({ "data-total": c.total }) },
          ...buckets,
        ]}
      />
      <div className="report__side">
        <Table<Hold>
          variant="small"
          caption={i18n.t("reports.holds")}
          csv={{ table: "holds", caption: i18n.t("reports.theHolds") }}
          rows={view.holds}
          rowKey={(h) => h.kind}
          rowAttrs={(h) => ({ "data-hold": h.kind })}
          columns={[nameColumn((h) => h.label), countColumn<Hold>("items", undefined, (h) => h.items, (h) => h.label, onItems)]}
        />
        <Table<Approval>
          variant="small"
          caption={i18n.t("reports.approvals")}
          csv={{ table: "approvals", caption: i18n.t("reports.theApprovals") }}
          rows={view.approvals}
          rowKey={(a) => a.item.itemId}
          rowAttrs={(a) => ({ "data-item": a.item.itemId })}
          empty={i18n.t("reports.none")}
          columns={[
            nameColumn((a) => (
              <button type="button" className="report__link" onClick={() => onItems(i18n.t("reports.approval"), { count: 1, itemIds: [a.item.itemId] })}>
                <ItemName item={a.item} />
              </button>
            )),
            { key: "waiting", cell: (a) => i18n.t("reports.waiting", { time: a.waiting.text }), attrs: (a) => ({ "data-minutes": a.waiting.minutes }) },
          ]}
        />
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
        <Table<FlowDay>
          caption={i18n.t("reports.atEnd", { day: last.label })}
          rows={[last]}
          rowKey={(d) => d.date}
          rowHeader={false}
          columns={flow.bands.map((b, i): Column<FlowDay> => ({
            key: b.key,
            head: b.title,
            cell: (d) => d.counts[i],
            attrs: () => ({ "data-band": b.key }),
          }))}
        />
      )}
    </div>
  );
}

function StatTable({ caption, stats, onItems }: { caption: string; stats: TimeStat[]; onItems: OpenItems }) {
  return (
    <Table<TimeStat>
      caption={caption}
      rows={stats}
      rowKey={(s) => s.key}
      rowAttrs={(s) => ({ "data-stat": s.key })}
      columns={[
        nameColumn((s) => s.label, " "),
        countColumn<TimeStat>("items", i18n.t("order.items"), (s) => s.items, (s) => s.label, onItems),
        { key: "median", head: i18n.t("reports.median"), cell: (s) => spanText(s.median), attrs: (s) => ({ "data-minutes": s.median?.minutes ?? "" }) },
        { key: "p85", head: i18n.t("reports.p85"), cell: (s) => spanText(s.p85) },
        {
          key: "slowest",
          head: i18n.t("reports.slowest"),
          cell: (s) =>
            s.slowest.slice(0, 3).map((x) => (
              <button key={x.itemId} type="button" className="report__link" onClick={() => onItems(s.label, { count: 1, itemIds: [x.itemId] })}>
                {x.orderNumber} ({x.took.text})
              </button>
            )),
        },
      ]}
    />
  );
}

export function LeadTimeChart({ lead, onItems }: { lead: LeadTimes; onItems: OpenItems }) {
  const median = i18n.t("reports.medianHours");
  const p85 = i18n.t("reports.p85Hours");
  const data = lead.perDecisionPoint.map((s) => ({
    short: s.shortLabel,
    name: s.label,
    [median]: s.median?.hours ?? 0,
    [p85]: s.p85?.hours ?? 0,
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
            <YAxis tick={AXIS} unit={` ${i18n.t("reports.hoursUnit")}`} />
            <Tooltip {...TOOLTIP} labelFormatter={wholeName} />
            <Legend itemSorter={inOrder([median, p85])} />
            <Bar dataKey={median} fill="var(--report-median)" isAnimationActive={false} />
            <Bar dataKey={p85} fill="var(--report-p85)" isAnimationActive={false} />
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

/** A line of the delivered counts, and its bar's colour. */
type DeliveredCount = { name: string; count: Count; fill?: string };

export function OnTimeChart({ onTime, onItems }: { onTime: OnTime; onItems: OpenItems }) {
  const items = i18n.t("order.items");
  const counts: DeliveredCount[] = [
    { name: i18n.t("reports.delivered"), count: onTime.delivered },
    { name: i18n.t("reports.onTimeShort"), count: onTime.onTime, fill: "var(--success)" },
    { name: i18n.t("reports.late"), count: onTime.late, fill: "var(--danger)" },
    { name: i18n.t("reports.early"), count: onTime.early, fill: "var(--info)" },
  ];
  const data = counts.slice(1).map((c) => ({ name: c.name, [items]: c.count.count, fill: c.fill }));
  type Late = OnTime["lateItems"][number];
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
            <Bar dataKey={items} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <Table<DeliveredCount>
        variant="small"
        caption={i18n.t("reports.delivered")}
        csv={{ table: "delivered", caption: i18n.t("reports.theDelivered") }}
        rows={counts}
        rowKey={(c) => c.name}
        columns={[nameColumn((c) => c.name), countColumn<DeliveredCount>("items", undefined, (c) => c.count, (c) => c.name, onItems)]}
      />
      <Table<Late>
        caption={i18n.t("reports.lateDeliveries")}
        rows={onTime.lateItems.slice(0, 20)}
        rowKey={(l) => l.itemId}
        rowAttrs={(l) => ({ "data-late-item": l.itemId })}
        empty={i18n.t("reports.noneLate")}
        columns={[
          nameColumn(
            (l) => (
              <button type="button" className="report__link" onClick={() => onItems(i18n.t("reports.late"), { count: 1, itemIds: [l.itemId] })}>
                {l.orderNumber}
              </button>
            ),
            i18n.t("rules.preview.order"),
          ),
          { key: "customer", head: i18n.t("order.customer"), cell: (l) => l.customer },
          { key: "windowEnd", head: i18n.t("reports.windowEnded"), cell: (l) => l.windowEnd },
          { key: "deliveredOn", head: i18n.t("reports.delivered"), cell: (l) => l.deliveredOn },
          { key: "daysLate", head: i18n.t("reports.daysLate"), cell: (l) => l.daysLate },
          { key: "why", head: i18n.t("rules.preview.why"), cell: (l) => l.reasons.map((r) => r.text).join("; ") },
        ]}
      />
    </div>
  );
}

/** The longest period whose days the screen lists one by one; the CSV has every day of any period. */
const PER_DAY_MAX = 14;

type ResourceUse = Utilisation["resources"][number];

/** Each resource's booked share on each day: how busy each driver was, day by day. */
function UtilisationPerDay({ use }: { use: Utilisation }) {
  const today = deskToday();
  const locale = deskLocale();
  return (
    <Table<ResourceUse>
      variant="days"
      caption={i18n.t("reports.sharePerDay")}
      rows={use.resources}
      rowKey={(r) => r.resourceId}
      rowAttrs={(r) => ({ "data-resource-days": r.resourceId })}
      columns={[
        nameColumn((r) => r.name, i18n.t("planner.resource")),
        ...use.days.map(
          (d, i): Column<ResourceUse> => ({
            key: d,
            head: weekdayDateLabel(d, today, locale),
            headTitle: use.dayLabels[i],
            cell: (r) => {
              const p = r.days[i]?.percent;
              return p == null ? i18n.t("reports.off") : `${p} %`;
            },
            attrs: (r) => {
              const day = r.days[i];
              return {
                "data-percent": day?.percent ?? "",
                title: day && i18n.t("reports.bookedOf", { booked: day.booked.text, working: day.working.text }),
                className: day?.percent == null ? "report__off" : undefined,
              };
            },
          }),
        ),
      ]}
    />
  );
}

export function UtilisationChart({ use }: { use: Utilisation }) {
  const booked = i18n.t("reports.bookedHours");
  const working = i18n.t("reports.workingHours");
  const data = use.resources.map((r) => ({ name: r.name, [booked]: r.booked.hours, [working]: r.working.hours }));
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
            <YAxis tick={AXIS} unit={` ${i18n.t("reports.hoursUnit")}`} />
            <Tooltip {...TOOLTIP} />
            <Legend itemSorter={inOrder([working, booked])} />
            <Bar dataKey={working} fill="var(--report-working)" isAnimationActive={false} />
            <Bar dataKey={booked} fill="var(--report-booked)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <Table<ResourceUse>
        rows={use.resources}
        rowKey={(r) => r.resourceId}
        rowAttrs={(r) => ({ "data-resource": r.resourceId })}
        columns={[
          nameColumn((r) => r.name, i18n.t("planner.resource")),
          { key: "booked", head: i18n.t("reports.booked"), cell: (r) => r.booked.text, attrs: (r) => ({ "data-minutes": r.booked.minutes }) },
          { key: "working", head: i18n.t("reports.working"), cell: (r) => r.working.text },
          { key: "share", head: i18n.t("reports.bookedShare"), cell: (r) => percentText(r.percent) },
        ]}
      />
      {use.days.length <= PER_DAY_MAX && <UtilisationPerDay use={use} />}
    </div>
  );
}

export function StockUseChart({ products }: { products: ProductUse[] }) {
  const out = i18n.t("reports.outPercent");
  // The busiest products first in the chart; the table lists every one.
  const busiest = [...products].sort((a, b) => (b.percent ?? 0) - (a.percent ?? 0)).slice(0, 8);
  const data = busiest.map((p) => ({ name: p.name, [out]: p.percent ?? 0 }));
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
              <Bar dataKey={out} fill="var(--accent-in_delivery)" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        )}
      </figure>
      <Table<ProductUse>
        rows={products}
        rowKey={(p) => p.productId}
        rowAttrs={(p) => ({ "data-product": p.productId })}
        columns={[
          nameColumn(
            (p) => (
              <>
                {p.name} <span className="report__sku">{p.sku}</span>
              </>
            ),
            i18n.t("stock.product"),
          ),
          { key: "units", head: i18n.t("catalog.units"), cell: (p) => p.units },
          { key: "outDays", head: i18n.t("reports.daysOut"), cell: (p) => p.outDays, attrs: (p) => ({ "data-out-days": p.outDays }) },
          { key: "unitDays", head: i18n.t("reports.unitDays"), cell: (p) => p.unitDays },
          { key: "out", head: i18n.t("reports.out"), cell: (p) => percentText(p.percent) },
        ]}
      />
    </div>
  );
}
