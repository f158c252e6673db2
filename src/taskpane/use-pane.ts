/** React binding of the PaneController (useSyncExternalStore: no tearing, no extra state copies). */
import { createContext, useContext, useSyncExternalStore } from "react";
import type { PaneController, PaneState } from "./controller";

export const PaneContext = createContext<PaneController | null>(null);

export function useController(): PaneController {
  const c = useContext(PaneContext);
  if (!c) throw new Error("PaneContext missing");
  return c;
}

export function usePaneState(): PaneState {
  const c = useController();
  return useSyncExternalStore(c.subscribe, c.getState, c.getState);
}
