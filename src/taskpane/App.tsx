/**
 * The pane once the host is known: a compact header (workbook or file actions), the status line, and the
 * views (Lembar, Pengaturan, Periksa, Hitung, Batalkan, Laporan) behind a tab list that wraps at 320 px.
 */
import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from "react";
import { taskpaneText as T } from "../core/i18n/taskpane";
import { formatAngka, formatPersen } from "../core/numbers/format";
import { DEFAULT_SETTINGS, type Overrides } from "../core/settings/settings";
import { teksKemajuan as K } from "../core/i18n/kemajuan";
import type { PaneApi } from "./state/pane-api";
import { onGlobalError } from "./errors/global-errors";
import { PaneContext, usePaneSelector } from "./state/use-pane";
import { ConfirmDialog, DismissIcon, downloadBytes, DOCX_MIME, RefreshIcon, XLSX_MIME } from "./ui";
import { BatalkanView } from "./views/BatalkanView";
import { HitungView } from "./views/HitungView";
import { LaporanView } from "./views/LaporanView";
import { LembarView } from "./views/LembarView";
import { PengaturanView } from "./views/PengaturanView";
import { PeriksaView } from "./views/PeriksaView";

export type TabId = "periksa" | "hitung" | "lembar" | "pengaturan" | "batalkan" | "laporan";
const TABS: TabId[] = ["periksa", "hitung", "lembar", "pengaturan", "batalkan", "laporan"];

const useStyles = makeStyles({
  app: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    maxWidth: "720px",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  title: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    lineHeight: tokens.lineHeightBase400,
  },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  fileName: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
    width: "100%",
  },
  hidden: { display: "none" },
  status: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  busyRow: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  summary: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  tabs: {
    flexWrap: "wrap",
    rowGap: "2px",
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  notice: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: 0 },
  // The tab list wraps at 320 px; Fluent animates the selection bar from the previous tab's x position, which
  // crosses rows oddly when wrapped: show it in place instead.
  tab: { "::after": { transitionDuration: "0s" } },
  // Native selects and inputs size to their longest option / "size" attribute: keep them inside 320 px.
  narrow: {
    "& .fui-Select": { maxWidth: "100%", minWidth: 0 },
    "& .fui-Select select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" },
    "& .fui-Input": { maxWidth: "100%", minWidth: 0 },
    "& .fui-Input input": { minWidth: 0, width: "100%" },
  },
});

export function App({ controller, initialTab = "periksa" }: { controller: PaneApi; initialTab?: TabId }) {
  return (
    <PaneContext.Provider value={controller}>
      <Shell controller={controller} initialTab={initialTab} />
    </PaneContext.Provider>
  );
}

/**
 * The status line: what is running (with its progress and Hentikan) and the last message. It alone follows the
 * progress of a running action, so those many small changes never redraw the tabs or the views.
 */
const StatusLine = memo(function StatusLine({ controller }: { controller: PaneApi }) {
  const s = useStyles();
  const busy = usePaneSelector((x) => x.busy);
  const message = usePaneSelector((x) => x.message);
  const messageRef = useRef<HTMLDivElement>(null);
  // A message answers what the user just did (e.g. a finding low in Periksa): bring it into view.
  useEffect(() => {
    if (message) messageRef.current?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, [message]);
  return (
    <div className={s.status} aria-live="polite">
      {busy ? (
        <>
          <div className={s.busyRow}>
            <Spinner size="extra-tiny" labelPosition="after" label={busy.label} data-testid="busy" />
            {controller.cancel ? (
              <Button size="small" onClick={controller.cancel} title={K.batalHint} data-testid="cancel">
                {K.batal}
              </Button>
            ) : null}
          </div>
          {busy.total ? (
            <ProgressBar
              value={busy.done ?? 0}
              max={busy.total}
              aria-label={T.progress(formatAngka(busy.done ?? 0, 0), formatAngka(busy.total, 0))}
            />
          ) : controller.cancel ? (
            <ProgressBar aria-label={busy.label} />
          ) : null}
        </>
      ) : null}
      {message ? (
        <MessageBar ref={messageRef} intent={message.intent} layout="multiline" data-testid="message">
          <MessageBarBody style={{ overflowWrap: "anywhere" }}>{message.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                aria-label={T.dismiss}
                icon={<DismissIcon />}
                onClick={() => controller.dismissMessage()}
              />
            }
          />
        </MessageBar>
      ) : null}
    </div>
  );
});

/** The tab list, drawn again only when the selected tab changes. */
const Tabs = memo(function Tabs({ tab, onSelect }: { tab: TabId; onSelect: (next: TabId) => void }) {
  const s = useStyles();
  return (
    <TabList
      className={s.tabs}
      size="small"
      selectedValue={tab}
      onTabSelect={(_, d) => onSelect(d.value as TabId)}
      aria-label={T.tabListLabel}
    >
      {TABS.map((id) => (
        <Tab key={id} value={id} className={s.tab}>
          {T.tabs[id]}
        </Tab>
      ))}
    </TabList>
  );
});

function Shell({ controller, initialTab }: { controller: PaneApi; initialTab: TabId }) {
  const s = useStyles();
  const busy = usePaneSelector((x) => x.busy !== null);
  const loaded = usePaneSelector((x) => x.loaded);
  const fileName = usePaneSelector((x) => x.fileName);
  const unsaved = usePaneSelector((x) => x.unsaved);
  const [tab, setTab] = useState<TabId>(initialTab);
  const [lembarDirty, setLembarDirty] = useState(false);
  const [leavingTo, setLeavingTo] = useState<TabId | null>(null);
  const dirty = useRef({ tab, lembarDirty });
  dirty.current = { tab, lembarDirty };
  const chooseTab = useCallback((next: TabId) => {
    // Corrections not yet saved are not dropped without a word.
    const { tab: current, lembarDirty: unsavedLembar } = dirty.current;
    if (current === "lembar" && next !== "lembar" && unsavedLembar) setLeavingTo(next);
    else setTab(next);
  }, []);
  const fileInput = useRef<HTMLInputElement>(null);
  const standalone = controller.session.mode === "standalone";
  const analysis = loaded?.analysis ?? null;

  useEffect(() => onGlobalError((m) => controller.showMessage("error", m)), [controller]);
  useEffect(() => {
    if (!standalone) void controller.refresh();
  }, [controller, standalone]);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    const data = await file.arrayBuffer();
    await controller.openFile(file.name, data);
  };

  const download = async () => {
    const out = await controller.exportFile();
    if (out) downloadBytes(out.bytes, out.name, XLSX_MIME);
  };

  const decimals = loaded?.settings.desimal ?? 2;
  const overall = analysis?.capaianKeseluruhan.value ?? null;

  // Memoised as well: the view is drawn again only when what it shows changes.
  const lastFill = usePaneSelector((x) => x.lastFill);
  const revision = usePaneSelector((x) => x.revision);
  const lastReport = usePaneSelector((x) => x.lastReport);
  const view = useMemo(() => {
    if (!loaded) {
      return <p className={s.notice}>{standalone ? T.needFile : busy ? T.reading : T.noWorkbookYet}</p>;
    }
    switch (tab) {
      case "periksa":
        return (
          <PeriksaView
            temuan={analysis?.temuan ?? []}
            coverage={analysis?.coverage}
            canSelect={!standalone}
            disabled={busy}
            onSelect={(t) => void controller.select(t)}
            textInputs={controller.textInputs()}
            onConvert={() => void controller.convertText()}
            onOpenLembar={() => setTab("lembar")}
            onOpenPengaturan={() => setTab("pengaturan")}
          />
        );
      case "hitung":
        return (
          <HitungView
            disabled={busy || !analysis}
            summary={lastFill}
            onFill={(opts) => void controller.fill(opts)}
            textInputs={controller.textInputs()}
            onConvert={() => void controller.convertText()}
            onSelect={(c) => void controller.select(c)}
          />
        );
      case "lembar":
        return analysis ? (
          <LembarView
            layouts={analysis.recognition.layouts}
            indikator={analysis.recognition.indikator}
            guesses={analysis.recognition.guesses}
            overrides={loaded.overrides}
            revision={revision}
            disabled={busy}
            onSave={(o: Overrides) => void controller.saveOverrides(o)}
            onDirtyChange={setLembarDirty}
          />
        ) : (
          <p className={s.notice}>{loaded.analysisError}</p>
        );
      case "pengaturan":
        return (
          <PengaturanView
            settings={loaded.settings}
            defaults={DEFAULT_SETTINGS}
            revision={revision}
            disabled={busy}
            onSave={(x) => void controller.saveSettings(x)}
          />
        );
      case "batalkan":
        return <BatalkanView undoSize={loaded.undoSize} disabled={busy} onUndo={() => void controller.undo()} />;
      case "laporan":
        return (
          <LaporanView
            disabled={busy || !analysis}
            last={lastReport}
            onShowSheet={
              controller.session.mode === "standalone"
                ? undefined
                : (sheet) => void controller.select({ sheet, cell: "A1" })
            }
            onBuild={controller.report.planReport ? () => void controller.buildReport() : undefined}
            onDocx={
              controller.report.buildDocx
                ? async () => {
                    const out = await controller.reportDocx();
                    if (out) downloadBytes(out.bytes, out.name, DOCX_MIME);
                  }
                : undefined
            }
          />
        );
    }
  }, [loaded, standalone, busy, tab, analysis, lastFill, lastReport, revision, controller, s]);

  return (
    <div className={`${s.app} ${s.narrow}`}>
      <header className={s.header}>
        <h1 className={s.title}>{T.appTitle}</h1>
        <Badge appearance="outline" color={standalone ? "informative" : "brand"}>
          {standalone ? "Berkas" : "Excel"}
        </Badge>
      </header>

      {standalone ? (
        <div className={s.bar}>
          <input
            ref={fileInput}
            className={s.hidden}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={T.openFile}
            data-testid="file-input"
            onChange={(e) => void onFile(e)}
          />
          <Button
            appearance={fileName ? "secondary" : "primary"}
            disabled={busy}
            onClick={() => fileInput.current?.click()}
          >
            {T.openFile}
          </Button>
          <Button disabled={busy || !fileName} onClick={() => void download()} title={T.downloadHint}>
            {T.download}
          </Button>
          <span className={s.fileName}>
            {fileName ? T.fileLoaded(fileName) : `${T.openFileHint} ${T.standaloneNotice}`}
          </span>
          {unsaved ? (
            <span className={s.fileName} data-testid="unsaved">
              {K.belumDiunduhPendek}
            </span>
          ) : null}
        </div>
      ) : (
        <div className={s.bar}>
          <Button
            size="small"
            icon={<RefreshIcon />}
            disabled={busy}
            onClick={() => void controller.refresh()}
            title={T.refresh}
          >
            {T.refreshShort}
          </Button>
        </div>
      )}

      <StatusLine controller={controller} />

      {analysis ? (
        <div className={s.summary} data-testid="summary">
          {`${T.summaryCapaian}: `}
          <strong>{overall === null ? T.summaryNone : formatPersen(overall, decimals)}</strong>
          {analysis.predikatKeseluruhan ? ` · ${analysis.predikatKeseluruhan}` : ""}
        </div>
      ) : null}

      <Tabs tab={tab} onSelect={chooseTab} />

      <main role="tabpanel" aria-label={T.tabs[tab]}>
        {view}
      </main>
      {leavingTo !== null ? (
        <ConfirmDialog
          open
          title={T.lembar.leaveTitle}
          confirmLabel={T.lembar.leaveYes}
          cancelLabel={T.lembar.leaveNo}
          onCancel={() => setLeavingTo(null)}
          onConfirm={() => {
            setLembarDirty(false);
            if (leavingTo) setTab(leavingTo);
            setLeavingTo(null);
          }}
        >
          {T.lembar.leaveBody}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
