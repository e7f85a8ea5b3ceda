import { useState } from "react";
import { type AppError, commands, type ShopView_Serialize } from "../bindings";
import { call } from "../ipc";
import { useScreenLoad } from "../shell/useScreenLoad";

export type ShopView = ShopView_Serialize;

/** Which shop is open (none on a first run), now and after every change. */
export function useShop() {
  const [shop, setShop] = useState<ShopView | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const { refresh } = useScreenLoad(
    () => call(() => commands.shopGet()),
    (answer) => {
      if (answer.ok) {
        setShop(answer.data);
        setError(null);
      } else setError(answer.error);
    },
  );
  return { shop, error, setShop, refresh };
}
