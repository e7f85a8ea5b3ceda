import { type KeyboardEvent, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { type AppError, type CatalogView_Serialize, commands, type ProductView } from "../bindings";
import { type WordKey } from "../i18n";
import { call } from "../ipc";
import { deskLocale, moneyLabel } from "../people";
import { DataTable, rowClass } from "../shell/DataTable";
import { ErrorBanner } from "../shell/ErrorBanner";
import { ScreenHeader } from "../shell/ScreenHeader";
import { useEditorTarget } from "../shell/useEditorTarget";
import { useScreenLoad } from "../shell/useScreenLoad";
import { KIND_LABELS, OFFER_LABELS, type ServiceView } from "./catalogDraft";
import { ProductForm } from "./ProductForm";
import { ServiceForm } from "./ServiceForm";
import "./catalog.css";

export type CatalogScreenProps = Record<string, never>;

type Tab = "services" | "products";
const TABS: { key: Tab; label: WordKey }[] = [
  { key: "services", label: "catalog.services" },
  { key: "products", label: "catalog.products" },
];

function loadCatalog() {
  return call(() => commands.catalogGet());
}

export function CatalogScreen(_props: CatalogScreenProps) {
  const { t } = useTranslation();
  const [catalog, setCatalog] = useState<CatalogView_Serialize | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const [tab, setTab] = useState<Tab>("services");
  const [showArchived, setShowArchived] = useState(false);
  const { editing, editingId, editorKey, open, openNew, close } = useEditorTarget(tab);
  const [created, setCreated] = useState<{ tab: Tab; id: number; name: string } | null>(null);

  const { loading, refresh } = useScreenLoad(loadCatalog, (answer) => {
    if (answer.ok) {
      setCatalog(answer.data);
      setLoadError(null);
    } else setLoadError(answer.error);
  });

  const locale = deskLocale();
  const money = (cents: number) => moneyLabel({ cents, currency: catalog?.currency ?? "EUR" }, locale);
  const services = catalog?.services.filter((s) => showArchived || !s.archived || s.id === editingId) ?? [];
  const products = catalog?.products.filter((p) => showArchived || !p.archived || p.id === editingId) ?? [];
  const archivedCount = (catalog?.services.filter((s) => s.archived).length ?? 0) + (catalog?.products.filter((p) => p.archived).length ?? 0);

  function pick(id: number) {
    setCreated(null);
    open(id);
  }

  function onCreated(id: number, name: string) {
    setCreated({ tab, id, name });
    close();
    refresh();
  }

  function switchTab(next: Tab) {
    if (next === tab) return;
    setTab(next);
    setCreated(null);
    close();
  }

  function onTabKey(e: KeyboardEvent) {
    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
    e.preventDefault();
    const next = tab === "services" ? "products" : "services";
    switchTab(next);
    document.getElementById(`catalog-tab-${next}`)?.focus();
  }

  const selectedService = tab === "services" && editingId !== null ? (catalog?.services.find((s) => s.id === editingId) ?? null) : null;
  const selectedProduct = tab === "products" && editingId !== null ? (catalog?.products.find((p) => p.id === editingId) ?? null) : null;

  return (
    <main className="app catalog-screen">
      <ScreenHeader
        view={t("catalog.view")}
        sync={{ loading, failed: loadError !== null }}
        onRefresh={refresh}
        actions={
          <button
            type="button"
            className="button button--primary"
            data-action={tab === "services" ? "new-service" : "new-product"}
            onClick={() => {
              setCreated(null);
              openNew();
            }}
          >
            {tab === "services" ? t("catalog.newService") : t("catalog.newProduct")}
          </button>
        }
      >
        {catalog && (
          <>
            <span className="stat" data-stat="catalog-services">
              <Trans i18nKey="catalog.countServices" count={catalog.services.filter((s) => !s.archived).length} components={{ strong: <strong /> }} />
            </span>
            <span className="stat" data-stat="catalog-products">
              <Trans i18nKey="catalog.countProducts" count={catalog.products.filter((p) => !p.archived).length} components={{ strong: <strong /> }} />
            </span>
            <span className="stat" data-stat="catalog-archived">
              <Trans i18nKey="catalog.countArchived" values={{ count: archivedCount }} components={{ strong: <strong /> }} />
            </span>
          </>
        )}
      </ScreenHeader>

      <ErrorBanner error={loadError} what={t("catalog.loadWhat")} stale={catalog !== null} onRetry={refresh} />

      <div className={`catalog-body${editing ? " catalog-body--editing" : ""}`}>
        <section className="catalog-list">
          <div className="catalog-toolbar">
            <div className="catalog-tabs" role="tablist" aria-label={t("catalog.view")}>
              {TABS.map((one) => (
                <button
                  key={one.key}
                  id={`catalog-tab-${one.key}`}
                  type="button"
                  role="tab"
                  aria-selected={tab === one.key}
                  aria-controls="catalog-panel"
                  tabIndex={tab === one.key ? 0 : -1}
                  className={`catalog-tabs__tab${tab === one.key ? " catalog-tabs__tab--on" : ""}`}
                  data-tab={one.key}
                  onClick={() => switchTab(one.key)}
                  onKeyDown={onTabKey}
                >
                  {t(one.label)}
                </button>
              ))}
            </div>
            <label className="check catalog-toolbar__archived">
              <input type="checkbox" name="showArchived" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
              {t("catalog.showArchived")}
            </label>
          </div>

          <div id="catalog-panel" role="tabpanel" aria-labelledby={`catalog-tab-${tab}`} className="catalog-panel">
            {created && created.tab === tab && (
              <p className="catalog-notice" role="status">
                <Trans i18nKey="catalog.created" values={{ name: created.name }} components={{ strong: <strong /> }} />{" "}
                {tab === "services" ? t("catalog.createdService") : t("catalog.createdProduct")}
              </p>
            )}
            {catalog === null ? (
              !loadError && <p className="catalog-empty">{t("catalog.loading")}</p>
            ) : tab === "services" ? (
              <ServiceTable services={services} money={money} selected={editingId} createdId={created?.tab === "services" ? created.id : null} onOpen={pick} />
            ) : (
              <ProductTable products={products} money={money} selected={editingId} createdId={created?.tab === "products" ? created.id : null} onOpen={pick} />
            )}
          </div>
        </section>

        {catalog && editing && (editing.kind === "new" || selectedService || selectedProduct) && (
          <div className="catalog-detail">
            {tab === "services" ? (
              <ServiceForm
                key={editorKey}
                service={selectedService}
                catalog={catalog}
                onCreated={onCreated}
                onClose={close}
              />
            ) : (
              <ProductForm
                key={editorKey}
                product={selectedProduct}
                catalog={catalog}
                onCreated={onCreated}
                onClose={close}
              />
            )}
          </div>
        )}
      </div>
    </main>
  );
}

type RowProps = { selected: number | null; createdId: number | null; onOpen: (id: number) => void; money: (cents: number) => string };

function catalogRow(id: number, archived: boolean, { selected, createdId }: RowProps): string {
  return rowClass({ selected: selected === id, fresh: createdId === id, archived });
}

/** The name cell: a button, so the row opens from the keyboard too. */
function NameCell({ id, name, archived, onOpen }: { id: number; name: string; archived: boolean; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  return (
    <td className="catalog-row__name">
      <button
        type="button"
        className="data-table__open"
        onClick={(e) => {
          e.stopPropagation();
          onOpen(id);
        }}
      >
        {name}
      </button>
      {archived && <span className="pill catalog-archived">{t("catalog.archived")}</span>}
    </td>
  );
}

function ServiceTable({ services, ...row }: RowProps & { services: ServiceView[] }) {
  const { t } = useTranslation();
  if (services.length === 0)
    return <p className="catalog-empty">{t("catalog.noServices")}</p>;
  return (
    <DataTable>
      <thead>
        <tr>
          <th scope="col">{t("catalog.code")}</th>
          <th scope="col">{t("catalog.name")}</th>
          <th scope="col" className="catalog-col--aside">
            {t("catalog.kindOffer")}
          </th>
          <th scope="col" className="data-table__num">
            {t("catalog.oneTime")}
          </th>
          <th scope="col" className="data-table__num">
            {t("catalog.monthly")}
          </th>
          <th scope="col">{t("catalog.picksFrom")}</th>
          <th scope="col" className="catalog-col--aside">
            {t("catalog.terms")}
          </th>
          <th scope="col" className="data-table__num">
            {t("catalog.ordered")}
          </th>
        </tr>
      </thead>
      <tbody>
        {services.map((s) => (
          <tr key={s.id} data-service-id={s.id} data-archived={s.archived} className={catalogRow(s.id, s.archived, row)} aria-selected={row.selected === s.id} onClick={() => row.onOpen(s.id)}>
            <td className="mono catalog-row__key">{s.code}</td>
            <NameCell id={s.id} name={s.name} archived={s.archived} onOpen={row.onOpen} />
            <td className="catalog-col--aside">
              {KIND_LABELS[s.kind]} · {OFFER_LABELS[s.offerType]}
            </td>
            <td className="data-table__num">{s.oneTimeCents ? row.money(s.oneTimeCents) : <span className="muted">—</span>}</td>
            <td className="data-table__num">{s.recurring ? row.money(s.monthlyCents) : <span className="muted">—</span>}</td>
            <td>
              {s.productCategory ? (
                <>
                  <span className="catalog-tag">{s.productCategory}</span>
                  {s.requiredSpecKeys.length > 0 && <span className="muted"> {t("catalog.needs", { keys: s.requiredSpecKeys.join(", ") })}</span>}
                </>
              ) : (
                <span className="muted">—</span>
              )}
            </td>
            <td className="catalog-col--aside">
              <span className="catalog-tags">
              {s.requiresApproval && <span className="catalog-tag">{t("catalog.tagApproval")}</span>}
              {s.needsTechnician && <span className="catalog-tag">{t("catalog.tagTechnician")}</span>}
              {s.prerequisites.length > 0 && <span className="catalog-tag">{t("catalog.basicServices", { count: s.prerequisites.length })}</span>}
              {s.links.length > 0 && <span className="catalog-tag">{t("catalog.linkedServices", { count: s.links.length })}</span>}
              </span>
            </td>
            <td className="data-table__num" title={s.usedBy.length ? t("catalog.usedBy", { names: s.usedBy.join(", ") }) : undefined}>
              {s.items === 0 ? <span className="muted">{t("catalog.never")}</span> : t("catalog.openOf", { open: s.openItems, all: s.items })}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function ProductTable({ products, ...row }: RowProps & { products: ProductView[] }) {
  const { t } = useTranslation();
  if (products.length === 0)
    return <p className="catalog-empty">{t("catalog.noProducts")}</p>;
  return (
    <DataTable>
      <thead>
        <tr>
          <th scope="col">{t("catalog.sku")}</th>
          <th scope="col">{t("catalog.name")}</th>
          <th scope="col" className="catalog-col--aside">
            {t("catalog.category")}
          </th>
          <th scope="col">{t("catalog.specs")}</th>
          <th scope="col" className="data-table__num">
            {t("catalog.unitPrice")}
          </th>
          <th scope="col" className="data-table__num">
            {t("catalog.units")}
          </th>
          <th scope="col" className="data-table__num">
            {t("catalog.onItems")}
          </th>
        </tr>
      </thead>
      <tbody>
        {products.map((p) => (
          <tr key={p.id} data-product-id={p.id} data-archived={p.archived} className={catalogRow(p.id, p.archived, row)} aria-selected={row.selected === p.id} onClick={() => row.onOpen(p.id)}>
            <td className="mono catalog-row__key">{p.sku}</td>
            <NameCell id={p.id} name={p.name} archived={p.archived} onOpen={row.onOpen} />
            <td className="catalog-col--aside">
              <span className="catalog-tag">{p.category}</span>
            </td>
            <td>
              <span className="catalog-tags">
                {Object.entries(p.specs).map(([k, v]) => (
                  <span key={k} className="catalog-tag catalog-tag--mono">
                    {k}={v}
                  </span>
                ))}
              </span>
            </td>
            <td className="data-table__num">{row.money(p.unitCents)}</td>
            <td className="data-table__num">{p.units}</td>
            <td className="data-table__num">{p.items === 0 ? <span className="muted">{t("catalog.none")}</span> : p.items}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
