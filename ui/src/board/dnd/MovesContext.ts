import { createContext } from "react";
import type { MoveActions } from "./useMoves";

/** The move controller's callbacks, for cards; null outside a Board (no moves). */
export const MovesContext = createContext<MoveActions | null>(null);
