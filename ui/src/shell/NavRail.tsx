import { useTranslation } from "react-i18next";
import { ShopSwitch } from "../shop/ShopSwitch";
import type { ShopView } from "../shop/useShop";
import { VIEWS, type ViewKey } from "./views";

type NavRailProps = {
  view: ViewKey;
  onView: (view: ViewKey) => void;
  onNewOrder: () => void;
  /** The open shop, for its badge and the switch to the other one. */
  shop: ShopView;
  onShop: (shop: ShopView) => void;
};

/** The narrow column on the left: which screen is shown, and the one action wanted from anywhere. */
export function NavRail({ view, onView, onNewOrder, shop, onShop }: NavRailProps) {
  const { t } = useTranslation();
  return (
    <nav className="nav-rail" aria-label={t("nav.screens")}>
      <button type="button" className="nav-rail__new" onClick={onNewOrder} title={t("nav.newOrderHint")}>
        <span aria-hidden="true">+</span> {t("nav.newOrder")}
      </button>
      <ul className="nav-rail__list">
        {VIEWS.map((v) => (
          <li key={v.key}>
            <button
              type="button"
              className={`nav-rail__item${v.key === view ? " nav-rail__item--current" : ""}`}
              aria-current={v.key === view ? "page" : undefined}
              data-view={v.key}
              title={t(`nav.${v.key}.hint`)}
              onClick={() => onView(v.key)}
            >
              {t(`nav.${v.key}.label`)}
            </button>
          </li>
        ))}
      </ul>
      <ShopSwitch shop={shop} onOpened={onShop} />
    </nav>
  );
}
