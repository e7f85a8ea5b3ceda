import { useState } from "react";
import { type AppError, commands, type PlaceKind, type StockView, type UnitView } from "../bindings";
import { call } from "../ipc";
import { ErrorBanner } from "../shell/ErrorBanner";
import { ScreenHeader } from "../shell/ScreenHeader";
import { useScreenLoad } from "../shell/useScreenLoad";
import { AvailabilityStrip } from "./AvailabilityStrip";
import { ReceiveDialog } from "./ReceiveDialog";
import { UnitPanel } from "./UnitPanel";
import "./stock.css";

export type StockScreenProps = Record<string, never>;

/** The header's counts, by where units are now (Rust's place keys). */
const COUNTED: { place: PlaceKind; label: string }[] = [
  { place: "in_shop", label: "in the shop" },
  { place: "reserved", label: "reserved" },
  { place: "out", label: "out" },
  { place: "in_repair", label: "in repair" },
];

const loadStock = () => call(() => commands.stockGet());

/** Every unit and where it is now; receive goods; a unit's history and steps; availability of a product. */
export function StockScreen(_props: StockScreenProps) {
  const [stock, setStock] = useState<StockView | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const [productId, setProductId] = useState<number | null>(null);
  const [openUnit, setOpenUnit] = useState<number | null>(null);
  const [receiving, setReceiving] = useState(false);
  const [received, setReceived] = useState<{ ids: number[]; text: string } | null>(null);

  const { loading, refresh } = useScreenLoad(loadStock, (answer) => {
    if (answer.ok) {
      setStock(answer.data);
      setLoadError(null);
    } else setLoadError(answer.error);
  });

  const units: UnitView[] = stock?.units.filter((u) => productId === null || u.productId === productId) ?? [];
  const count = (place: PlaceKind) => stock?.units.filter((u) => u.place === place).length ?? 0;
  const fresh = new Set(received?.ids ?? []);

  return (
    <main className="app stock-screen">
      <ScreenHeader
        view="Stock"
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
            Receive goods
          </button>
        }
      >
        {stock &&
          COUNTED.map((c) => (
            <span key={c.place} className="stat" data-stat={`stock-${c.place}`}>
              <strong>{count(c.place)}</strong> {c.label}
            </span>
          ))}
      </ScreenHeader>

      <ErrorBanner error={loadError} what="the stock" stale={stock !== null} onRetry={refresh} />

      <div className={`stock-body${openUnit !== null ? " stock-body--unit" : ""}`}>
        <section className="stock-main" aria-label="Units">
          <div className="stock-filter">
            <label className="stock-filter__label" htmlFor="stock-product">
              Product
            </label>
            <select
              id="stock-product"
              className="field stock-filter__product"
              value={productId ?? ""}
              onChange={(e) => setProductId(e.target.value === "" ? null : Number(e.target.value))}
            >
              <option value="">All products</option>
              {stock?.products.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.sku})
                </option>
              ))}
            </select>
            <span className="stock-filter__count" aria-live="polite">
              {units.length} {units.length === 1 ? "unit" : "units"}
            </span>
          </div>

          {received && (
            <p className="stock-notice" role="status">
              {received.text}
            </p>
          )}

          {productId !== null && <AvailabilityStrip productId={productId} />}

          {stock === null ? (
            !loadError && <p className="stock-empty">Loading stock…</p>
          ) : units.length === 0 ? (
            <p className="stock-empty">No units yet. Receive goods to put units in stock.</p>
          ) : (
            <table className="stock-table">
              <thead>
                <tr>
                  <th scope="col">Product</th>
                  <th scope="col">Serial</th>
                  <th scope="col">Inventory no.</th>
                  <th scope="col">Location</th>
                  <th scope="col">Condition</th>
                  <th scope="col">Where now</th>
                </tr>
              </thead>
              <tbody>
                {units.map((u) => (
                  <tr
                    key={u.id}
                    data-unit-id={u.id}
                    data-place={u.place}
                    className={`unit-row${openUnit === u.id ? " unit-row--open" : ""}${fresh.has(u.id) ? " unit-row--new" : ""}`}
                    onClick={() => setOpenUnit(u.id)}
                  >
                    <td className="unit-row__product">
                      {u.productName}
                      <span className="unit-row__sku">{u.sku}</span>
                    </td>
                    <td>
                      <button
                        type="button"
                        className="unit-row__open"
                        aria-label={`${u.serial}: history and steps`}
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
            </table>
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
          initialProduct={productId}
          onClose={() => setReceiving(false)}
          onReceived={(ids, text, product) => {
            setReceiving(false);
            setProductId(product);
            setReceived({ ids, text });
            refresh();
          }}
        />
      )}
    </main>
  );
}
