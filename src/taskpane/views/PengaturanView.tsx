/** Pengaturan: every setting with a plain explanation, presets and a custom predikat scale; saved in the workbook. */
import { Button, Checkbox, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
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
} from "../state/settings-form";
import { ChoiceField } from "../components/ChoiceField";
import { SkalaEditor, type Err } from "../components/SkalaEditor";
import { useViewStyles } from "../ui";

const P = T.pengaturan;

const useStyles = makeStyles({
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
});

export interface PengaturanProps {
  settings: Settings;
  /** Changes when the workbook was read again: the form starts over from what it holds. */
  revision: number;
  onSave: (settings: Record<string, unknown>) => void;
  disabled: boolean;
  defaults: Settings;
}

export type { Err } from "../components/SkalaEditor";

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

      <ChoiceField
        label={P.negatif}
        hint={P.negatifHelp}
        value={form.negatif}
        options={P.negatifOptions}
        onChange={(k) => set("negatif", k)}
      />

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
        <SkalaEditor
          bands={form.bands}
          elseLabel={form.elseLabel}
          err={err}
          bandsError={errors.bands}
          onBands={(change) => setForm((f) => ({ ...f, bands: change(f.bands) }))}
          onElseLabel={(t) => set("elseLabel", t)}
        />
      ) : null}

      <ChoiceField
        label={P.efisiensi}
        hint={P.efisiensiHelp}
        value={form.efisiensi}
        options={P.efisiensiOptions}
        onChange={(k) => set("efisiensi", k)}
      />

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

      <ChoiceField
        label={P.penyerapanInduk}
        hint={P.penyerapanIndukHelp}
        value={form.penyerapanInduk}
        options={P.penyerapanIndukOptions}
        onChange={(k) => set("penyerapanInduk", k)}
      />

      <ChoiceField
        label={P.capaianKeseluruhan}
        hint={P.capaianKeseluruhanHelp}
        value={form.capaianKeseluruhan}
        options={P.capaianKeseluruhanOptions}
        onChange={(k) => set("capaianKeseluruhan", k)}
      />

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

      <ChoiceField
        label={P.kertas}
        hint={P.kertasHelp}
        value={form.kertas}
        options={P.kertasOptions}
        onChange={(k) => set("kertas", k)}
      />

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
