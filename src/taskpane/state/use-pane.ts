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

/**
 * One part of the state: the component is drawn again only when that part changes (by identity), so the
 * progress of a running action (many changes a second) redraws the status line alone, not the whole pane.
 */
export function usePaneSelector<T>(select: (state: PaneState) => T): T {
  const c = useController();
  const get = () => select(c.getState());
  return useSyncExternalStore(c.subscribe, get, get);
}
