/** Periksa: the findings, filtered by severity; a finding's address selects its cell in Excel. */
import { Button, Link, makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { taskpaneText as T } from "../../core/i18n/taskpane";
import { teksCakupan } from "../../core/i18n/coverage";
import type { Coverage, Severity, Temuan } from "../../core/model";
import { formatAngka } from "../../core/numbers/format";
import type { TextInput } from "../../core/engine";
import { SeverityIcon, useViewStyles } from "../ui";
import { TextInputsNotice } from "./TextInputsNotice";

const SEVERITIES: Severity[] = ["error", "warning", "info"];
/** Findings drawn at a time: a workbook with thousands of them stays quick to show; the rest follow on request. */
export const TEMUAN_PAGE = 200;

const useStyles = makeStyles({
  item: {
    display: "grid",
    gridTemplateColumns: "16px 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  icon: { paddingTop: "2px" },
  body: { minWidth: 0, display: "flex", flexDirection: "column", rowGap: "2px" },
  head: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
  sev: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  ref: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere", textAlign: "left" },
  message: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: "anywhere" },
});

export interface PeriksaProps {
  temuan: Temuan[];
  onSelect: (t: Temuan) => void;
  /** Excel can select cells; standalone mode only tells the address. */
  canSelect: boolean;
  disabled?: boolean;
  /** Input numbers stored as text, with the action that converts them (the same notice as in Hitung). */
  textInputs?: TextInput[];
  onConvert?: () => void;
  /** What the check measured (the same sentences as `lkjip check`); shown above the findings. */
  coverage?: Coverage;
  /** Opens the Lembar tab, where a guess is corrected (a link beside each guess). */
  onOpenLembar?: () => void;
  /** Opens the Pengaturan tab, for a guess corrected by a setting (Temuan.tab "pengaturan"). */
  onOpenPengaturan?: () => void;
}

export function PeriksaView({
  temuan,
  onSelect,
  canSelect,
  disabled,
  textInputs = [],
  onConvert,
  coverage,
  onOpenLembar,
  onOpenPengaturan,
}: PeriksaProps) {
  const v = useViewStyles();
  const s = useStyles();
  const [filter, setFilterState] = useState<Severity | "all">("all");
  const [limit, setLimit] = useState(TEMUAN_PAGE);
  const setFilter = (f: Severity | "all") => {
    setFilterState(f);
    setLimit(TEMUAN_PAGE);
  };
  const counts = useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const t of temuan) c[t.severity] += 1;
    return c;
  }, [temuan]);
  const ordered = useMemo(
    () => [...temuan].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)),
    [temuan],
  );
  const shown = filter === "all" ? ordered : ordered.filter((t) => t.severity === filter);
  const n = (x: number) => formatAngka(x, 0);

  return (
    <div className={v.view}>
      <p className={v.intro}>{T.periksa.intro}</p>
      {coverage ? (
        <div data-testid="cakupan" data-kosong={coverage.kosong ? "ya" : "tidak"}>
          {teksCakupan.kalimat(coverage).map((line, i) => (
            <p key={i} className={v.small}>
              {line}
            </p>
          ))}
        </div>
      ) : null}
      {onConvert ? (
        <TextInputsNotice
          inputs={textInputs}
          onConvert={onConvert}
          onSelect={(c) => onSelect({ ...c, code: "", severity: "info", message: "" })}
          disabled={disabled}
        />
      ) : null}
      <div className={v.row} role="group" aria-label={T.periksa.filter}>
        <ToggleButton size="small" checked={filter === "all"} onClick={() => setFilter("all")}>
          {T.periksa.all(n(temuan.length))}
        </ToggleButton>
        {SEVERITIES.map((sev) => (
          <ToggleButton key={sev} size="small" checked={filter === sev} onClick={() => setFilter(sev)}>
            {T.periksa.bySeverity(T.severity[sev], n(counts[sev]))}
          </ToggleButton>
        ))}
      </div>
      {temuan.length === 0 ? (
        <p>{coverage ? teksCakupan.tanpaTemuan(coverage) : T.periksa.none}</p>
      ) : shown.length === 0 ? (
        <p>{T.periksa.noneFiltered}</p>
      ) : (
        <>
          {canSelect ? <p className={v.small}>{T.periksa.selectHint}</p> : null}
          <ul className={v.list} aria-label={T.periksa.listLabel}>
            {shown.slice(0, limit).map((t, i) => (
              <li
                key={`${t.sheet}!${t.cell}:${t.code}:${i}`}
                className={s.item}
                data-testid="temuan"
                data-severity={t.severity}
              >
                <span className={s.icon}>
                  <SeverityIcon severity={t.severity} />
                </span>
                <div className={s.body}>
                  <div className={s.head}>
                    <span className={`${s.sev} ${s[t.severity]}`}>{T.severity[t.severity]}</span>
                    <Link as="button" className={s.ref} disabled={disabled} onClick={() => onSelect(t)}>
                      {`${t.sheet}!${t.cell}`}
                    </Link>
                  </div>
                  <span className={s.message}>{t.message}</span>
                  {t.tab === "pengaturan" ? (
                    onOpenPengaturan ? (
                      <Link as="button" className={s.message} onClick={onOpenPengaturan} data-testid="to-pengaturan">
                        {T.periksa.toPengaturan}
                      </Link>
                    ) : null
                  ) : onOpenLembar && t.code.startsWith("tebakan") ? (
                    <Link as="button" className={s.message} onClick={onOpenLembar} data-testid="to-lembar">
                      {T.periksa.toLembar}
                    </Link>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
          {shown.length > limit ? (
            <div className={v.row}>
              <span className={v.small} data-testid="temuan-shown">
                {T.periksa.shownOf(n(limit), n(shown.length))}
              </span>
              <Button size="small" onClick={() => setLimit(limit + TEMUAN_PAGE)}>
                {T.periksa.more(n(Math.min(TEMUAN_PAGE, shown.length - limit)))}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}
