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
  return (
    <nav className="nav-rail" aria-label="Screens">
      <button type="button" className="nav-rail__new" onClick={onNewOrder} title="Take a new order (N)">
        <span aria-hidden="true">+</span> New order
      </button>
      <ul className="nav-rail__list">
        {VIEWS.map((v) => (
          <li key={v.key}>
            <button
              type="button"
              className={`nav-rail__item${v.key === view ? " nav-rail__item--current" : ""}`}
              aria-current={v.key === view ? "page" : undefined}
              data-view={v.key}
              title={v.hint}
              onClick={() => onView(v.key)}
            >
              {v.label}
            </button>
          </li>
        ))}
      </ul>
      <ShopSwitch shop={shop} onOpened={onShop} />
    </nav>
  );
}
