/** Hitung: fill the computed columns (formulas or values; overwrite only after a confirmation) and its summary. */
import { Button, Checkbox, Field, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { FillOptions } from "../../core/engine";
import { taskpaneText as T } from "../../core/i18n/taskpane";
import { formatAngka } from "../../core/numbers/format";
import type { FillSummary } from "../controller";
import { ConfirmDialog, useViewStyles } from "../ui";

/** Cells left alone listed at first; the rest behind "Tampilkan semua" (the pane is 320 px wide). */
const LEFT_ALONE_SHOWN = 10;

const useStyles = makeStyles({
  summary: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  leftItem: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
    minWidth: 0,
  },
  formula: {
    display: "block",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  addr: { fontWeight: tokens.fontWeightSemibold },
});

export interface HitungProps {
  onFill: (opts: FillOptions) => void;
  summary: FillSummary | null;
  disabled: boolean;
}

export function HitungView({ onFill, summary, disabled }: HitungProps) {
  const v = useViewStyles();
  const s = useStyles();
  const [mode, setMode] = useState<FillOptions["mode"]>("rumus");
  const [force, setForce] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const n = (x: number) => formatAngka(x, 0);
  const knownLeft = summary && !summary.force && summary.leftAlone.length > 0 ? n(summary.leftAlone.length) : null;

  const start = () => {
    if (force) setConfirming(true);
    else onFill({ mode, force: false });
  };

  return (
    <div className={v.view}>
      <p className={v.intro}>{T.hitung.intro}</p>
      <Field label={T.hitung.mode}>
        <RadioGroup value={mode} onChange={(_, d) => setMode(d.value === "nilai" ? "nilai" : "rumus")}>
          <Radio value="rumus" label={T.hitung.modeRumus} />
          <Radio value="nilai" label={T.hitung.modeNilai} />
        </RadioGroup>
      </Field>
      <Field hint={T.hitung.forceHelp}>
        <Checkbox checked={force} onChange={(_, d) => setForce(d.checked === true)} label={T.hitung.force} />
      </Field>
      <div className={v.row}>
        <Button appearance="primary" disabled={disabled} onClick={start}>
          {T.hitung.run}
        </Button>
      </div>

      {summary ? (
        <section className={s.summary} aria-labelledby="hitung-summary-title" data-testid="hitung-summary">
          <h2 id="hitung-summary-title" className={v.heading}>
            {T.hitung.summaryTitle}
          </h2>
          <p style={{ margin: 0 }}>
            {summary.cellsWritten === 0 && summary.leftAlone.length === 0
              ? T.hitung.nothing
              : T.hitung.written(n(summary.cellsWritten))}
          </p>
          {summary.leftAlone.length > 0 ? (
            <>
              <p style={{ margin: 0 }}>{T.hitung.leftAlone(n(summary.leftAlone.length))}</p>
              <ul className={v.list} data-testid="left-alone">
                {(showAll ? summary.leftAlone : summary.leftAlone.slice(0, LEFT_ALONE_SHOWN)).map((l) => {
                  const existing = l.existing || T.hitung.emptyText;
                  const formula = l.wanted.startsWith("=");
                  return (
                    <li key={`${l.sheet}!${l.cell}`} className={s.leftItem}>
                      <span className={s.addr}>{`${l.sheet}!${l.cell}`}</span>
                      {": "}
                      {formula
                        ? T.hitung.leftAloneFormula(existing)
                        : T.hitung.leftAloneItem(existing, l.wanted || T.hitung.emptyText)}
                      {formula ? (
                        <code className={s.formula} title={l.wanted}>
                          {l.wanted}
                        </code>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
              {summary.leftAlone.length > LEFT_ALONE_SHOWN ? (
                <div>
                  <Button
                    size="small"
                    appearance="secondary"
                    onClick={() => setShowAll((v) => !v)}
                    aria-expanded={showAll}
                  >
                    {showAll ? T.hitung.showLess : T.hitung.showAll(n(summary.leftAlone.length))}
                  </Button>
                </div>
              ) : null}
              {!summary.force ? <p className={v.small}>{T.hitung.leftAloneHint}</p> : null}
            </>
          ) : summary.cellsWritten > 0 ? (
            <p className={v.small}>{T.hitung.leftAloneNone}</p>
          ) : null}
          {summary.skipped.length > 0 ? (
            <>
              <p style={{ margin: 0 }}>{T.hitung.skipped}</p>
              <ul className={v.list}>
                {summary.skipped.map((x, i) => (
                  <li key={i} className={s.leftItem}>
                    {x}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      <ConfirmDialog
        open={confirming}
        title={T.hitung.confirmTitle}
        confirmLabel={T.hitung.confirmYes}
        cancelLabel={T.hitung.cancel}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onFill({ mode, force: true });
        }}
      >
        {T.hitung.confirmBody(knownLeft)}
      </ConfirmDialog>
    </div>
  );
}
