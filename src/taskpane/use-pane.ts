/** React binding of the PaneController (useSyncExternalStore: no tearing, no extra state copies). */
import { createContext, useContext, useSyncExternalStore } from "react";
import type { PaneState } from "./controller";
import type { PaneApi } from "./pane-api";

export const PaneContext = createContext<PaneApi | null>(null);

export function useController(): PaneApi {
  const c = useContext(PaneContext);
  if (!c) throw new Error("PaneContext missing");
  return c;
}

export function usePaneState(): PaneState {
  const c = useController();
  return useSyncExternalStore(c.subscribe, c.getState, c.getState);
}
