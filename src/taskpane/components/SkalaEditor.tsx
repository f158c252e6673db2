/** The editor of a custom predikat scale: its bands ("at least min: label"), the label below them, add / remove. */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { taskpaneText as T } from "../../core/i18n/taskpane";
import { DismissIcon, useViewStyles } from "../ui";
import type { FormErrors } from "../state/settings-form";

/** The validation props of a field, by its key in the form's errors. */
export type Err = (f: keyof FormErrors) => { validationState?: "error"; validationMessage?: string };

const P = T.pengaturan;

const useStyles = makeStyles({
  bands: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  band: {
    display: "grid",
    gridTemplateColumns: "5.5em 1fr auto",
    columnGap: tokens.spacingHorizontalXS,
    alignItems: "start",
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  input: { minWidth: 0, width: "100%" },
});

export interface Band {
  min: string;
  label: string;
}

export interface SkalaEditorProps {
  bands: Band[];
  elseLabel: string;
  err: Err;
  bandsError?: string;
  onBands: (change: (bands: Band[]) => Band[]) => void;
  onElseLabel: (label: string) => void;
}

export function SkalaEditor({ bands, elseLabel, err, bandsError, onBands, onElseLabel }: SkalaEditorProps) {
  const v = useViewStyles();
  const s = useStyles();
  const setBand = (i: number, patch: Partial<Band>) =>
    onBands((all) => all.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  return (
    <fieldset className={s.bands}>
      <legend className={s.legend}>{P.bandsTitle}</legend>
      {bands.map((b, i) => (
        <div key={i} className={s.band} data-testid="band">
          <Field {...err(`band.${i}.min`)} label={{ children: P.bandMin(i + 1), className: v.srOnly }}>
            <Input
              className={s.input}
              value={b.min}
              inputMode="decimal"
              contentBefore={<span aria-hidden="true">{P.bandAtLeast}</span>}
              onChange={(_, d) => setBand(i, { min: d.value })}
            />
          </Field>
          <Field {...err(`band.${i}.label`)} label={{ children: P.bandLabel(i + 1), className: v.srOnly }}>
            <Input className={s.input} value={b.label} onChange={(_, d) => setBand(i, { label: d.value })} />
          </Field>
          <Button
            appearance="subtle"
            aria-label={P.bandRemove(i + 1)}
            onClick={() => onBands((all) => all.filter((_, j) => j !== i))}
            icon={<DismissIcon />}
          />
        </div>
      ))}
      <Field label={P.bandElse} {...err("elseLabel")}>
        <Input
          className={s.input}
          aria-label={P.bandElseLabel}
          value={elseLabel}
          onChange={(_, d) => onElseLabel(d.value)}
        />
      </Field>
      {bandsError ? (
        <p role="alert" style={{ margin: 0, color: tokens.colorPaletteRedForeground1 }}>
          {bandsError}
        </p>
      ) : null}
      <div>
        <Button size="small" onClick={() => onBands((all) => [...all, { min: "", label: "" }])}>
          {P.bandAdd}
        </Button>
      </div>
    </fieldset>
  );
}
