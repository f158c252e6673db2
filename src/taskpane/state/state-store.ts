/**
 * The pane's state as the views read it (useSyncExternalStore): one object replaced whole on each change, so a
 * part that did not change keeps its identity. Shared by the controller in Excel and the standalone page's
 * mirror of the worker's controller.
 */
export class StateStore<S extends object> {
  private listeners = new Set<() => void>();

  constructor(private state: S) {}

  get = (): S => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(patch: Partial<S>): void {
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l();
  }
}
