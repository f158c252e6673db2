/**
 * Hitung: fill the computed columns (formulas or values; overwrite differing cells only after a confirmation)
 * and its summary: the sentences of core/fill/summary.ts, the cells left alone first (clickable), the formulas
 * only on request.
 */
import { Button, Checkbox, Field, Link, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { FillOptions, TextInput } from "../../core/engine";
import { taskpaneText as T } from "../../core/i18n/taskpane";
import { formatAngka } from "../../core/numbers/format";
import type { FillSummary } from "../state/controller";
import { ConfirmDialog, useViewStyles } from "../ui";
import { TextInputsNotice } from "./TextInputsNotice";

/** Cells listed per line at first; the rest behind "Tampilkan semua" (the pane is 320 px wide). */
const ITEMS_SHOWN = 10;

const useStyles = makeStyles({
  summary: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  galat: { margin: 0, color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  line: { margin: 0 },
  item: {
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
    overflowWrap: "anywhere",
  },
});

export interface HitungProps {
  onFill: (opts: FillOptions) => void;
  summary: FillSummary | null;
  disabled: boolean;
  /** Input numbers stored as text in the workbook (the notice and its button). */
  textInputs?: TextInput[];
  onConvert?: () => void;
  onSelect?: (cell: { sheet: string; cell: string }) => void;
}

export function HitungView({ onFill, summary, disabled, textInputs = [], onConvert, onSelect }: HitungProps) {
  const v = useViewStyles();
  const s = useStyles();
  const [mode, setMode] = useState<FillOptions["mode"]>("rumus");
  const [force, setForce] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [open, setOpen] = useState<Set<number>>(new Set());
  const [formulas, setFormulas] = useState(false);
  const n = (x: number) => formatAngka(x, 0);
  const knownLeft = summary && !summary.force && summary.leftAlone.length > 0 ? n(summary.leftAlone.length) : null;
  const formulaOf = new Map((summary?.leftAlone ?? []).map((l) => [`${l.sheet}!${l.cell}`, l]));

  const start = () => {
    if (force) setConfirming(true);
    else onFill({ mode, force: false });
  };
  const toggle = (i: number) =>
    setOpen((x) => {
      const next = new Set(x);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });

  return (
    <div className={v.view}>
      <p className={v.intro}>{T.hitung.intro}</p>
      {onConvert ? (
        <TextInputsNotice
          inputs={textInputs}
          onConvert={onConvert}
          onSelect={(c) => onSelect?.(c)}
          disabled={disabled}
        />
      ) : null}
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
          {summary.lines.map((line, i) => {
            const items = line.items ?? [];
            const shown = open.has(i) ? items : items.slice(0, ITEMS_SHOWN);
            const isLeft = line.tone === "galat" && items.length > 0;
            return (
              <div key={i}>
                <p className={line.tone === "galat" ? s.galat : s.line}>{line.text}</p>
                {items.length > 0 ? (
                  <ul className={v.list} data-testid={isLeft ? "left-alone" : undefined}>
                    {shown.map((it) => {
                      const l = isLeft ? formulaOf.get(`${it.sheet}!${it.cell}`) : undefined;
                      return (
                        <li key={`${it.sheet}!${it.cell}`} className={s.item}>
                          {onSelect ? (
                            <Link as="button" onClick={() => onSelect(it)}>
                              {it.text}
                            </Link>
                          ) : (
                            it.text
                          )}
                          {l ? <span className={s.formula}>{T.hitung.computes(l.description)}</span> : null}
                          {l && formulas && l.formula ? <code className={s.formula}>{`=${l.formula}`}</code> : null}
                        </li>
                      );
                    })}
                  </ul>
                ) : null}
                {items.length > ITEMS_SHOWN ? (
                  <Button size="small" appearance="secondary" onClick={() => toggle(i)} aria-expanded={open.has(i)}>
                    {open.has(i) ? T.hitung.showLess : T.hitung.showAll(n(items.length))}
                  </Button>
                ) : null}
              </div>
            );
          })}
          {summary.leftAlone.length > 0 ? (
            <div className={v.row}>
              <Button
                size="small"
                appearance="secondary"
                onClick={() => setFormulas((x) => !x)}
                aria-pressed={formulas}
              >
                {formulas ? T.hitung.hideFormulas : T.hitung.showFormulas}
              </Button>
              {!summary.force ? (
                <Button size="small" appearance="primary" disabled={disabled} onClick={() => setConfirming(true)}>
                  {T.hitung.forceButton(n(summary.leftAlone.length))}
                </Button>
              ) : null}
            </div>
          ) : null}
          {summary.skipped.length > 0 ? (
            <>
              <p className={s.line}>{T.hitung.skipped}</p>
              <ul className={v.list}>
                {summary.skipped.map((x, i) => (
                  <li key={i} className={s.item}>
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
