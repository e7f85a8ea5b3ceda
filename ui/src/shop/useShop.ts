import { useState } from "react";
import { type AppError, commands, type ShopView_Serialize } from "../bindings";
import { call } from "../ipc";
import { useScreenLoad } from "../shell/useScreenLoad";
import { startShop } from "../start";

export type ShopView = ShopView_Serialize;

/** Which shop is open (none on a first run): the one the page started in, then Rust's answer after every change. */
export function useShop() {
  const [shop, setShop] = useState<ShopView | null>(startShop);
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
