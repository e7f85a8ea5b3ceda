import { Trans, useTranslation } from "react-i18next";
import type { LineFit } from "../bindings";
import { deskLocale, moneyLabel } from "../people";

/** How many fitting products a line lists by name; the rest are counted. */
const PRODUCTS_SHOWN = 4;

/**
 * Rust's answer to a line's specs so far: how many products fit, the fitting
 * ones with their prices, and — once submit was pressed — which required spec
 * is still missing.
 */
export function LineFitView({ n, fit, warnMissing }: { n: number; fit: LineFit; warnMissing: boolean }) {
  const { t } = useTranslation();
  const locale = deskLocale();
  const fitting = fit.products.filter((p) => p.fits);
  const shown = fitting.slice(0, PRODUCTS_SHOWN);
  return (
    <div className="line-fit" data-fitting={fit.fitting}>
      {fit.summary && (
        <p className={`line-fit__summary${fit.fitting === 0 ? " line-fit__summary--none" : ""}`} aria-live="polite">
          {fit.summary}
        </p>
      )}
      {shown.length > 0 && (
        <ul className="line-fit__products" aria-label={t("order.fitting", { n })}>
          {shown.map((p) => (
            <li key={p.productId} className="line-fit__product" data-product-id={p.productId}>
              <span className="line-fit__name">{p.name}</span>
              <span className="line-fit__price">{moneyLabel(p.unitPrice, locale)}</span>
            </li>
          ))}
          {fitting.length > shown.length && <li className="line-fit__more">{t("order.more", { count: fitting.length - shown.length })}</li>}
        </ul>
      )}
      {warnMissing && fit.missing.length > 0 && (
        <p className="line-fit__missing" role="alert" data-missing={fit.missing.join(" ")}>
          <Trans i18nKey="order.missing" values={{ keys: fit.missing.join(", ") }} components={{ strong: <strong /> }} />
        </p>
      )}
    </div>
  );
}
