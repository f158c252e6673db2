/** Pengaturan: every setting with a plain explanation, presets and a custom predikat scale; saved in the workbook. */
import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { taskpaneText as T } from "../../core/i18n/taskpane";
import { predikatBands, type Settings, type SkalaPreset } from "../../core/settings/settings";
import {
  bandBoundText,
  bandsFromPreset,
  formFromSettings,
  validateSettingsForm,
  type BatasChoice,
  type FormErrors,
  type SettingsForm,
} from "../settings-form";
import { DismissIcon, useViewStyles } from "../ui";

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
  actions: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  input: { minWidth: 0, width: "100%" },
});

export interface PengaturanProps {
  settings: Settings;
  /** Changes when the workbook was read again: the form starts over from what it holds. */
  revision: number;
  onSave: (settings: Record<string, unknown>) => void;
  disabled: boolean;
  defaults: Settings;
}

type Err = (f: keyof FormErrors) => { validationState?: "error"; validationMessage?: string };

export function PengaturanView({ settings, revision, onSave, disabled, defaults }: PengaturanProps) {
  const v = useViewStyles();
  const s = useStyles();
  const [form, setForm] = useState<SettingsForm>(() => formFromSettings(settings));
  const [errors, setErrors] = useState<FormErrors>({});

  useEffect(() => {
    setForm(formFromSettings(settings));
    setErrors({});
  }, [settings, revision]);

  const set = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const err: Err = (f) => (errors[f] ? { validationState: "error", validationMessage: errors[f] } : {});

  const save = () => {
    const r = validateSettingsForm(form);
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    setErrors({});
    onSave(r.settings);
  };

  const chooseSkala = (value: string) => {
    if (value === "custom") {
      const from: SkalaPreset = form.skala === "custom" ? "95-80-50" : form.skala;
      setForm((f) => (f.skala === "custom" ? f : { ...f, skala: "custom", ...bandsFromPreset(from) }));
    } else set("skala", value as SkalaPreset);
  };

  const setBand = (i: number, patch: Partial<{ min: string; label: string }>) =>
    setForm((f) => ({ ...f, bands: f.bands.map((b, j) => (j === i ? { ...b, ...patch } : b)) }));

  const hasErrors = Object.keys(errors).length > 0;

  return (
    <form
      className={v.view}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <p className={v.intro}>{P.intro}</p>

      <Field label={P.negatif} hint={P.negatifHelp}>
        <RadioGroup value={form.negatif} onChange={(_, d) => set("negatif", d.value as Settings["negatif"])}>
          {(Object.keys(P.negatifOptions) as Settings["negatif"][]).map((k) => (
            <Radio key={k} value={k} label={P.negatifOptions[k]} />
          ))}
        </RadioGroup>
      </Field>

      <Field label={P.skala} hint={P.skalaHelp}>
        <Select value={form.skala} onChange={(_, d) => chooseSkala(d.value)}>
          {(Object.keys(P.skalaOptions) as (keyof typeof P.skalaOptions)[]).map((k) => (
            <option key={k} value={k}>
              {P.skalaOptions[k]}
            </option>
          ))}
        </Select>
      </Field>

      {form.skala !== "custom" ? (
        <ul className={v.list} aria-label={P.skalaNow} data-testid="skala-bands" style={{ rowGap: 0 }}>
          {predikatBands({ skala: form.skala }).map((b) => (
            <li key={b.label} className={v.small}>
              {Number.isFinite(b.min) ? `${bandBoundText(b.min)}: ${b.label}` : `${P.bandElse}: ${b.label}`}
            </li>
          ))}
        </ul>
      ) : null}

      {form.skala === "custom" ? (
        <fieldset className={s.bands}>
          <legend className={s.legend}>{P.bandsTitle}</legend>
          {form.bands.map((b, i) => (
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
                onClick={() => setForm((f) => ({ ...f, bands: f.bands.filter((_, j) => j !== i) }))}
                icon={<DismissIcon />}
              />
            </div>
          ))}
          <Field label={P.bandElse} {...err("elseLabel")}>
            <Input
              className={s.input}
              aria-label={P.bandElseLabel}
              value={form.elseLabel}
              onChange={(_, d) => set("elseLabel", d.value)}
            />
          </Field>
          {errors.bands ? (
            <p role="alert" style={{ margin: 0, color: tokens.colorPaletteRedForeground1 }}>
              {errors.bands}
            </p>
          ) : null}
          <div>
            <Button
              size="small"
              onClick={() => setForm((f) => ({ ...f, bands: [...f.bands, { min: "", label: "" }] }))}
            >
              {P.bandAdd}
            </Button>
          </div>
        </fieldset>
      ) : null}

      <Field label={P.efisiensi} hint={P.efisiensiHelp}>
        <RadioGroup value={form.efisiensi} onChange={(_, d) => set("efisiensi", d.value as Settings["efisiensi"])}>
          {(Object.keys(P.efisiensiOptions) as Settings["efisiensi"][]).map((k) => (
            <Radio key={k} value={k} label={P.efisiensiOptions[k]} />
          ))}
        </RadioGroup>
      </Field>

      <Field label={P.batas} hint={P.batasHelp}>
        <Select value={form.batas} onChange={(_, d) => set("batas", d.value as BatasChoice)}>
          {(Object.keys(P.batasOptions) as BatasChoice[]).map((k) => (
            <option key={k} value={k}>
              {P.batasOptions[k]}
            </option>
          ))}
        </Select>
      </Field>
      {form.batas === "custom" ? (
        <Field label={P.batasCustom} {...err("batasCustom")}>
          <Input inputMode="decimal" value={form.batasCustom} onChange={(_, d) => set("batasCustom", d.value)} />
        </Field>
      ) : null}

      <Field hint={P.batasBawahNolHelp}>
        <Checkbox
          checked={form.batasBawahNol}
          onChange={(_, d) => set("batasBawahNol", d.checked === true)}
          label={P.batasBawahNol}
        />
      </Field>

      <Field label={P.desimal} hint={P.desimalHelp} {...err("desimal")}>
        <Input inputMode="numeric" value={form.desimal} onChange={(_, d) => set("desimal", d.value)} />
      </Field>

      <Field label={P.penyerapanInduk} hint={P.penyerapanIndukHelp}>
        <RadioGroup
          value={form.penyerapanInduk}
          onChange={(_, d) => set("penyerapanInduk", d.value as Settings["penyerapanInduk"])}
        >
          {(Object.keys(P.penyerapanIndukOptions) as Settings["penyerapanInduk"][]).map((k) => (
            <Radio key={k} value={k} label={P.penyerapanIndukOptions[k]} />
          ))}
        </RadioGroup>
      </Field>

      <Field label={P.capaianKeseluruhan} hint={P.capaianKeseluruhanHelp}>
        <RadioGroup
          value={form.capaianKeseluruhan}
          onChange={(_, d) => set("capaianKeseluruhan", d.value as Settings["capaianKeseluruhan"])}
        >
          {(Object.keys(P.capaianKeseluruhanOptions) as Settings["capaianKeseluruhan"][]).map((k) => (
            <Radio key={k} value={k} label={P.capaianKeseluruhanOptions[k]} />
          ))}
        </RadioGroup>
      </Field>

      <Field hint={P.dariNilaiDibulatkanHelp}>
        <Checkbox
          checked={form.dariNilaiDibulatkan}
          onChange={(_, d) => set("dariNilaiDibulatkan", d.checked === true)}
          label={P.dariNilaiDibulatkan}
        />
      </Field>

      <Field label={P.tahun} hint={P.tahunHelp} {...err("tahun")}>
        <Input inputMode="numeric" value={form.tahun} onChange={(_, d) => set("tahun", d.value)} />
      </Field>

      <Field label={P.kertas} hint={P.kertasHelp}>
        <RadioGroup value={form.kertas} onChange={(_, d) => set("kertas", d.value as Settings["kertas"])}>
          {(Object.keys(P.kertasOptions) as Settings["kertas"][]).map((k) => (
            <Radio key={k} value={k} label={P.kertasOptions[k]} />
          ))}
        </RadioGroup>
      </Field>

      <div className={s.actions}>
        {hasErrors ? (
          <p role="alert" style={{ margin: 0, width: "100%", color: tokens.colorPaletteRedForeground1 }}>
            {P.invalid}
          </p>
        ) : null}
        <Button type="submit" appearance="primary" disabled={disabled}>
          {P.save}
        </Button>
        <Button
          disabled={disabled}
          onClick={() => {
            setForm(formFromSettings({ ...defaults, overrides: settings.overrides }));
            setErrors({});
          }}
        >
          {P.defaults}
        </Button>
      </div>
    </form>
  );
}
