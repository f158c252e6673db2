/** A render failure shows what failed and what to do (Indonesian), never a blank pane. */
import { Component, type ErrorInfo, type ReactNode } from "react";
import { taskpaneText as T } from "../../core/i18n/taskpane";
import { describeError } from "./errors";

interface Props {
  children: ReactNode;
  /** What to do on "Muat ulang panel" (default: reload the page). */
  onReload?: () => void;
}

interface State {
  failure: string | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failure: null };

  static getDerivedStateFromError(error: unknown): State {
    return { failure: describeError(error, false) };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // The message is on screen; nothing else to do (no telemetry in this add-in).
  }

  override render(): ReactNode {
    if (this.state.failure === null) return this.props.children;
    return <CrashScreen what={this.state.failure} onReload={this.props.onReload} />;
  }
}

/** Plain markup (no Fluent) so it renders even when the failure is in the component library. */
export function CrashScreen({ what, onReload }: { what: string; onReload?: () => void }) {
  return (
    <div
      role="alert"
      style={{ padding: 12, fontFamily: "Segoe UI, system-ui, sans-serif", fontSize: 14, lineHeight: 1.4 }}
    >
      <h1 style={{ fontSize: 16, margin: "0 0 8px" }}>{T.crashTitle}</h1>
      <p style={{ margin: "0 0 12px", overflowWrap: "anywhere" }}>{T.crashBody(what)}</p>
      <button
        type="button"
        onClick={onReload ?? (() => window.location.reload())}
        style={{ padding: "4px 12px", fontSize: 14 }}
      >
        {T.crashReload}
      </button>
    </div>
  );
}
