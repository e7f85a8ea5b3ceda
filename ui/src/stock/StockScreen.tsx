import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { type AppError, type CategoryChoice, commands, type PlaceKind, type StockView, type UnitView } from "../bindings";
import type { WordKey } from "../i18n";
import { call } from "../ipc";
import { DataTable, rowClass } from "../shell/DataTable";
import { ErrorBanner } from "../shell/ErrorBanner";
import { ScreenHeader } from "../shell/ScreenHeader";
import { useScreenLoad } from "../shell/useScreenLoad";
import { type AvailabilityAsk, AvailabilityStrip, askKey } from "./AvailabilityStrip";
import { ReceiveDialog } from "./ReceiveDialog";
import { UnitPanel } from "./UnitPanel";
import "./stock.css";

export type StockScreenProps = Record<string, never>;

/** The header's counts, by where units are now (Rust's place keys). */
const COUNTED = [
  { place: "in_shop", label: "stock.counted.in_shop" },
  { place: "reserved", label: "stock.counted.reserved" },
  { place: "out", label: "stock.counted.out" },
  { place: "in_repair", label: "stock.counted.in_repair" },
] as const satisfies readonly { place: PlaceKind; label: WordKey }[];

const loadStock = () => call(() => commands.stockGet());

/** What the filter shows: every unit, one product's, or any product of a category with the specs chosen. */
type Shown = { kind: "all" } | { kind: "product"; id: number } | { kind: "category"; category: string; specs: Record<string, string> };

const ALL: Shown = { kind: "all" };

function shownValue(shown: Shown): string {
  if (shown.kind === "product") return `product:${shown.id}`;
  if (shown.kind === "category") return `category:${shown.category}`;
  return "";
}

function shownOf(value: string): Shown {
  const [kind, rest = ""] = value.split(/:(.*)/s);
  if (kind === "product") return { kind: "product", id: Number(rest) };
  if (kind === "category") return { kind: "category", category: rest, specs: {} };
  return ALL;
}

function askOf(shown: Shown): AvailabilityAsk | null {
  if (shown.kind === "product") return { productId: shown.id };
  if (shown.kind === "category") return { category: shown.category, specs: shown.specs };
  return null;
}

/** Every unit and where it is now; receive goods; a unit's history and steps; availability of a product, or of any product of a category with specs. */
export function StockScreen(_props: StockScreenProps) {
  const { t } = useTranslation();
  const [stock, setStock] = useState<StockView | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const [shown, setShown] = useState<Shown>(ALL);
  // The products Rust counted for a category with specs: the table shows their units.
  const [counted, setCounted] = useState<{ key: string; ids: Set<number> } | null>(null);
  const [openUnit, setOpenUnit] = useState<number | null>(null);
  const [receiving, setReceiving] = useState(false);
  const [received, setReceived] = useState<{ ids: number[]; text: string } | null>(null);

  const { loading, refresh } = useScreenLoad(loadStock, (answer) => {
    if (answer.ok) {
      setStock(answer.data);
      setLoadError(null);
    } else setLoadError(answer.error);
  });

  const ask = askOf(shown);
  const category: CategoryChoice | undefined =
    shown.kind === "category" ? stock?.categories.find((c) => c.category === shown.category) : undefined;
  const countedIds = ask && counted?.key === askKey(ask) ? counted.ids : null;
  const units: UnitView[] =
    stock?.units.filter((u) => {
      if (shown.kind === "product") return u.productId === shown.id;
      if (shown.kind === "category") return countedIds?.has(u.productId) ?? false;
      return true;
    }) ?? [];
  const count = (place: PlaceKind) => stock?.units.filter((u) => u.place === place).length ?? 0;
  const fresh = new Set(received?.ids ?? []);

  return (
    <main className="app stock-screen">
      <ScreenHeader
        view={t("stock.view")}
        sync={{ loading, failed: loadError !== null }}
        onRefresh={refresh}
        actions={
          <button
            type="button"
            className="button button--primary"
            data-action="receive-goods"
            onClick={() => {
              setReceived(null);
              setReceiving(true);
            }}
          >
            {t("stock.receiveGoods")}
          </button>
        }
      >
        {stock &&
          COUNTED.map((c) => (
            <span key={c.place} className="stat" data-stat={`stock-${c.place}`}>
              <Trans i18nKey={c.label} values={{ count: count(c.place) }} components={{ strong: <strong /> }} />
            </span>
          ))}
      </ScreenHeader>

      <ErrorBanner error={loadError} what={t("stock.loadWhat")} stale={stock !== null} onRetry={refresh} />

      <div className={`stock-body${openUnit !== null ? " stock-body--unit" : ""}`}>
        <section className="stock-main" aria-label={t("stock.unitsTitle")}>
          <div className="stock-filter">
            <label className="stock-filter__label" htmlFor="stock-product">
              {t("stock.show")}
            </label>
            <select
              id="stock-product"
              className="field stock-filter__product"
              value={shownValue(shown)}
              onChange={(e) => setShown(shownOf(e.target.value))}
            >
              <option value="">{t("stock.allProducts")}</option>
              <optgroup label={t("stock.aProduct")}>
                {stock?.products.map((p) => (
                  <option key={p.id} value={`product:${p.id}`}>
                    {p.name} ({p.sku})
                  </option>
                ))}
              </optgroup>
              <optgroup label={t("stock.anyOfCategory")}>
                {stock?.categories.map((c) => (
                  <option key={c.category} value={`category:${c.category}`}>
                    {t("stock.any", { category: c.category })}
                  </option>
                ))}
              </optgroup>
            </select>
            {shown.kind === "category" &&
              category?.specs.map((spec) => (
                <label key={spec.key} className="stock-filter__spec">
                  <span className="stock-filter__label">{spec.key}</span>
                  <select
                    className="field"
                    data-spec={spec.key}
                    value={shown.specs[spec.key] ?? ""}
                    onChange={(e) => {
                      const specs = { ...shown.specs };
                      if (e.target.value === "") delete specs[spec.key];
                      else specs[spec.key] = e.target.value;
                      setShown({ ...shown, specs });
                    }}
                  >
                    <option value="">{t("stock.anyValue")}</option>
                    {spec.values.map((v) => (
                      <option key={v} value={v}>
                        {v}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            <span className="stock-filter__count" aria-live="polite">
              {t("stock.units", { count: units.length })}
            </span>
          </div>

          {received && (
            <p className="stock-notice" role="status">
              {received.text}
            </p>
          )}

          {ask && (
            <AvailabilityStrip
              key={askKey(ask)}
              ask={ask}
              onCounted={(view) => setCounted({ key: askKey(ask), ids: new Set(view.products.map((p) => p.id)) })}
            />
          )}

          {stock === null ? (
            !loadError && <p className="stock-empty">{t("stock.loading")}</p>
          ) : units.length === 0 ? (
            <p className="stock-empty">{t("stock.none")}</p>
          ) : (
            <DataTable>
              <thead>
                <tr>
                  <th scope="col">{t("stock.product")}</th>
                  <th scope="col">{t("stock.serial")}</th>
                  <th scope="col">{t("stock.inventoryNo")}</th>
                  <th scope="col">{t("stock.location")}</th>
                  <th scope="col">{t("stock.condition")}</th>
                  <th scope="col">{t("stock.whereNow")}</th>
                </tr>
              </thead>
              <tbody>
                {units.map((u) => (
                  <tr
                    key={u.id}
                    data-unit-id={u.id}
                    data-place={u.place}
                    className={rowClass({ selected: openUnit === u.id, fresh: fresh.has(u.id) })}
                    onClick={() => setOpenUnit(u.id)}
                  >
                    <td className="unit-row__product">
                      {u.productName}
                      <span className="unit-row__sku">{u.sku}</span>
                    </td>
                    <td>
                      <button
                        type="button"
                        className="data-table__open unit-row__open"
                        aria-label={t("stock.openUnit", { serial: u.serial })}
                        onClick={(e) => {
                          e.stopPropagation();
                          setOpenUnit(u.id);
                        }}
                      >
                        {u.serial}
                      </button>
                    </td>
                    <td className="unit-row__code">{u.inventoryNumber}</td>
                    <td>{u.location}</td>
                    <td>
                      <span className={`condition condition--${u.condition}`}>{u.conditionLabel}</span>
                    </td>
                    <td>
                      <span className={`place place--${u.place}`}>{u.placeText}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </section>

        {openUnit !== null && (
          <div className="stock-detail">
            <UnitPanel key={openUnit} unitId={openUnit} locations={stock?.locations ?? []} onClose={() => setOpenUnit(null)} />
          </div>
        )}
      </div>

      {receiving && stock && (
        <ReceiveDialog
          products={stock.products}
          locations={stock.locations}
          initialProduct={shown.kind === "product" ? shown.id : null}
          onClose={() => setReceiving(false)}
          onReceived={(ids, text, product) => {
            setReceiving(false);
            setShown({ kind: "product", id: product });
            setReceived({ ids, text });
            refresh();
          }}
        />
      )}
    </main>
  );
}
