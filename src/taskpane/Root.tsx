/**
 * Bootstrap on screen: a loading state at once, then the pane for Excel or standalone mode, or a clear
 * Indonesian message when the host cannot run it (another Office application, an old Excel, Office.js not
 * answering). The theme follows Office's (or the browser's colour preference in standalone mode).
 */
import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { taskpaneText as T } from "../core/i18n/taskpane";
import { App } from "./App";
import type { PaneApi } from "./state/pane-api";
import { CrashScreen, ErrorBoundary } from "./errors/ErrorBoundary";
import { describeError } from "./errors/errors";
import type { HostInfo, ThemeKind } from "./session/host";

const useStyles = makeStyles({
  provider: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  center: {
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
});

export type RunnableHost = Extract<HostInfo, { kind: "excel" | "standalone" }>;

export interface RootProps {
  detect: () => Promise<HostInfo>;
  createController: (host: RunnableHost) => PaneApi;
  /** The theme before the host is known. */
  initialTheme?: ThemeKind;
  onReload?: () => void;
}

export function Root({ detect, createController, initialTheme = "light", onReload }: RootProps) {
  const s = useStyles();
  const [host, setHost] = useState<HostInfo | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setHost(null);
    detect().then(
      (h) => live && setHost(h),
      () => live && setHost({ kind: "timeout", theme: initialTheme }),
    );
    return () => {
      live = false;
    };
  }, [detect, attempt, initialTheme]);

  const made = useMemo((): { controller: PaneApi | null; failure: string | null } => {
    if (!host || (host.kind !== "excel" && host.kind !== "standalone")) return { controller: null, failure: null };
    try {
      return { controller: createController(host), failure: null };
    } catch (e) {
      return { controller: null, failure: describeError(e, false) };
    }
  }, [host, createController]);
  const controller = made.controller;
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const theme = (host?.theme ?? initialTheme) === "dark" ? webDarkTheme : webLightTheme;

  let body;
  if (made.failure !== null) {
    body = <CrashScreen what={made.failure} onReload={onReload} />;
  } else if (!host) {
    body = (
      <div className={s.center}>
        <Spinner size="small" label={T.loadingOffice} />
      </div>
    );
  } else if (controller) {
    body = <App controller={controller} />;
  } else {
    const text =
      host.kind === "old-excel"
        ? T.oldHost(host.required)
        : host.kind === "wrong-host"
          ? T.wrongHost(host.host)
          : T.officeTimeout;
    body = (
      <div className={s.center}>
        <MessageBar intent={host.kind === "timeout" ? "warning" : "error"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{T.appTitle}</MessageBarTitle>
            {text}
          </MessageBarBody>
        </MessageBar>
        {host.kind === "timeout" ? (
          <div>
            <Button appearance="primary" onClick={retry}>
              {T.officeTimeoutRetry}
            </Button>
          </div>
        ) : null}
      </div>
    );
  }

  return (
    <FluentProvider theme={theme} className={s.provider} lang="id">
      <ErrorBoundary onReload={onReload}>{body}</ErrorBoundary>
    </FluentProvider>
  );
}
