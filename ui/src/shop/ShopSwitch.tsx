import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppError, commands, type ShopKind } from "../bindings";
import { call } from "../ipc";
import { Dialog, DialogTitle } from "../shell/Dialog";
import "../shell/dialog.css";
import { FieldError } from "../shell/FieldError";
import { SetupForm } from "./SetupForm";
import type { ShopView } from "./useShop";
import "./shop.css";

/**
 * Which shop is open (a "Demo shop" badge, or the shop's name) and the way to
 * the other one: it reopens the other database in this window, or sets the
 * shop up first when it has none yet.
 */
export function ShopSwitch({ shop, onOpened }: { shop: ShopView; onOpened: (shop: ShopView) => void }) {
  const [settingUp, setSettingUp] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const demo = shop.open === "demo";
  const { t } = useTranslation();

  async function open(to: ShopKind) {
    setBusy(true);
    const answer = await call(() => commands.shopSwitch(to));
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    onOpened(answer.data);
  }

  return (
    <div className="shop-switch" data-shop={shop.open ?? ""}>
      {demo ? (
        <span className="shop-switch__badge" data-badge="demo" title={t("shop.demoBadgeHint")}>
          {t("shop.demoBadge")}
        </span>
      ) : (
        <span className="shop-switch__name" data-shop-name title={shop.name ?? undefined}>
          {shop.name}
        </span>
      )}
      {shop.canSwitch && (
        <button
          type="button"
          className="shop-switch__button"
          data-action={demo ? (shop.mineExists ? "open-mine" : "set-up-mine") : "open-demo"}
          disabled={busy}
          onClick={() => (demo && !shop.mineExists ? setSettingUp(true) : void open(demo ? "mine" : "demo"))}
        >
          {demo ? (shop.mineExists ? t("shop.openMine") : t("shop.setUpMine")) : t("shop.exploreDemo")}
        </button>
      )}
      <FieldError error={error} />
      {settingUp && (
        <Dialog className="move-prompt setup-dialog" backdropClassName="move-prompt__backdrop" onClose={() => setSettingUp(false)}>
          <DialogTitle className="move-prompt__title">{t("shop.setUpMine")}</DialogTitle>
          <p className="setup-dialog__text">{t("shop.setUpText")}</p>
          <SetupForm
            onOpened={(opened) => {
              setSettingUp(false);
              onOpened(opened);
            }}
          />
        </Dialog>
      )}
    </div>
  );
}
