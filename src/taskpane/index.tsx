/**
 * Entry of the task pane (taskpane.html). Renders a loading state at once, then decides the host:
 * Excel (Office.onReady raced against a timeout, requirement set checked) or standalone mode in a plain
 * browser. Window errors are shown in Indonesian; if even React cannot start, plain HTML says what to do.
 */
import { createRoot } from "react-dom/client";
import { taskpaneText as T } from "../core/i18n/taskpane";
import { planReport } from "../core/engine";
import { PaneController, type ReportApi } from "./state/controller";
import { ErrorBoundary } from "./errors/ErrorBoundary";
import { describeError } from "./errors/errors";
import { createFileSession } from "./session/file-session";
import { installWindowErrorHandlers } from "./errors/global-errors";
import { browserEnv, detectHost, looksInsideOffice, waitForOfficeJs } from "./session/host";
import { createOfficeSession } from "./session/office-session";
import type { PaneApi } from "./state/pane-api";
import { Root, type RunnableHost } from "./Root";
import { RemoteController } from "./worker/remote-controller";

function plainFailure(container: HTMLElement, e: unknown): void {
  const box = document.createElement("div");
  box.setAttribute("role", "alert");
  box.style.cssText = "padding:12px;font:14px/1.4 'Segoe UI',system-ui,sans-serif";
  const h = document.createElement("h1");
  h.style.cssText = "font-size:16px;margin:0 0 8px";
  h.textContent = T.crashTitle;
  const p = document.createElement("p");
  p.textContent = T.crashBody(describeError(e, false));
  box.append(h, p);
  container.replaceChildren(box);
}

function start(): void {
  const container = document.getElementById("container") ?? document.body.appendChild(document.createElement("div"));
  installWindowErrorHandlers();
  try {
    const env = browserEnv();
    const detect = async () => {
      const env = browserEnv();
      return detectHost({ ...env, office: await waitForOfficeJs(looksInsideOffice(env)) });
    };
    // docx (and its chart drawing) is a separate chunk, fetched on the first "Unduh .docx".
    const buildDocx: ReportApi["buildDocx"] = async (analysis, settings) =>
      (await import(/* webpackChunkName: "docx-adapter" */ "../adapters/docx")).buildDocx(analysis, settings);
    const createController = (host: RunnableHost): PaneApi => {
      const excel = host.kind === "excel";
      const createWorker = () =>
        new Worker(new URL("./worker/engine.worker.ts", import.meta.url), { name: "asisten-lkjip-mesin" });
      let first: Worker | null = null;
      if (!excel && typeof Worker !== "undefined") {
        try {
          first = createWorker();
        } catch {
          // A page opened from disk (file://) may not start workers (Chromium): the engine then runs on the page.
          first = null;
        }
      }
      if (first) {
        // The standalone page: the engine in a Web Worker, so the page never freezes.
        const initial = first;
        let used = false;
        return new RemoteController({
          createWorker: () => (used ? createWorker() : ((used = true), initial)),
          buildDocx,
          unloadTarget: window,
        });
      }
      const report: ReportApi = {
        // Charts only where the host can draw them (Excel); a downloaded .xlsx gets the tables without them.
        planReport: (snapshot, analysis, settings) => planReport(snapshot, analysis, settings, { charts: excel }),
        buildDocx,
      };
      return new PaneController(excel ? createOfficeSession() : createFileSession(), undefined, report);
    };
    createRoot(container).render(
      <ErrorBoundary>
        <Root detect={detect} createController={createController} initialTheme={env.prefersDark ? "dark" : "light"} />
      </ErrorBoundary>,
    );
  } catch (e) {
    plainFailure(container, e);
  }
}

start();
