/**
 * The Pengaturan form as plain data: text fields as the user typed them, validated into the settings that
 * are saved in the workbook. Pure, so its rules are tested without a DOM.
 */
import { taskpaneText as T } from "../../core/i18n/taskpane";
import { parseAngka } from "../../core/numbers/parse";
import { formatAngka } from "../../core/numbers/format";
import {
  parseSettings,
  predikatBands,
  SKALA_PRESETS,
  type PredikatBand,
  type Settings,
  type SkalaPreset,
} from "../../core/settings/settings";

/**
 * The lowest band of a custom scale has no lower bound; JSON cannot hold -Infinity, so it is stored with this
 * floor, far below any capaian (the "2T-R" variant can go below 0, never this far).
 */
export const LOWEST_BAND_MIN = -1_000_000_000;

export interface BandDraft {
  min: string;
  label: string;
}

export type BatasChoice = "none" | "100" | "120" | "200" | "custom";

export interface SettingsForm {
  negatif: Settings["negatif"];
  skala: SkalaPreset | "custom";
  /** Custom bands with a lower bound, highest first. */
  bands: BandDraft[];
  /** Label for capaian below every bound. */
  elseLabel: string;
  efisiensi: Settings["efisiensi"];
  batas: BatasChoice;
  batasCustom: string;
  batasBawahNol: boolean;
  desimal: string;
  penyerapanInduk: Settings["penyerapanInduk"];
  capaianKeseluruhan: Settings["capaianKeseluruhan"];
  dariNilaiDibulatkan: boolean;
  tahun: string;
  kertas: Settings["kertas"];
}

export type FormField = keyof SettingsForm | `band.${number}.min` | `band.${number}.label` | "bands";
export type FormErrors = Partial<Record<FormField, string>>;

function numberText(x: number): string {
  // Indonesian, without grouping so it reads back unambiguously ("90,5").
  return String(x).replace(".", ",");
}

function bandsToDraft(bands: PredikatBand[]): { bands: BandDraft[]; elseLabel: string } {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  const last = sorted[sorted.length - 1];
  const hasFloor = last !== undefined && (!Number.isFinite(last.min) || last.min <= LOWEST_BAND_MIN);
  const bounded = hasFloor ? sorted.slice(0, -1) : sorted;
  return {
    bands: bounded.map((b) => ({ min: numberText(b.min), label: b.label })),
    elseLabel: hasFloor && last ? last.label : "",
  };
}

export function formFromSettings(s: Settings): SettingsForm {
  const presetBands = predikatBands(s);
  const draft = bandsToDraft(presetBands);
  const batas = s.batasCapaian;
  const batasChoice: BatasChoice =
    batas === null ? "none" : batas === 100 ? "100" : batas === 120 ? "120" : batas === 200 ? "200" : "custom";
  return {
    negatif: s.negatif,
    skala: typeof s.skala === "string" ? s.skala : "custom",
    bands: draft.bands,
    elseLabel: draft.elseLabel,
    efisiensi: s.efisiensi,
    batas: batasChoice,
    batasCustom: batasChoice === "custom" && batas !== null ? numberText(batas) : "",
    batasBawahNol: s.batasBawahNol,
    desimal: String(s.desimal),
    penyerapanInduk: s.penyerapanInduk,
    capaianKeseluruhan: s.capaianKeseluruhan,
    dariNilaiDibulatkan: s.dariNilaiDibulatkan,
    tahun: s.tahun === null ? "" : String(s.tahun),
    kertas: s.kertas,
  };
}

/** Switching the scale to "custom" starts the editor from the preset that was chosen. */
export function bandsFromPreset(preset: SkalaPreset): { bands: BandDraft[]; elseLabel: string } {
  return bandsToDraft([...SKALA_PRESETS[preset]]);
}

function readNumber(text: string): number | null {
  const t = text.trim();
  if (!t) return null;
  let parsed: number | null = null;
  try {
    const p = parseAngka(t);
    parsed = p && (p.unit === null || p.unit === "%") ? p.value : null;
  } catch {
    parsed = null;
  }
  if (parsed === null) {
    const plain = /^-?\d+(?:[.,]\d+)?$/.test(t) ? Number(t.replace(",", ".")) : NaN;
    parsed = Number.isFinite(plain) ? plain : null;
  }
  return parsed;
}

function readInt(text: string): number | null {
  const t = text.trim();
  return /^-?\d+$/.test(t) ? Number(t) : null;
}

export type FormResult = { ok: true; settings: Record<string, unknown> } | { ok: false; errors: FormErrors };

/** Validate the form; on success the settings to save (without overrides). */
export function validateSettingsForm(f: SettingsForm): FormResult {
  const errors: FormErrors = {};
  const out: Record<string, unknown> = {
    negatif: f.negatif,
    efisiensi: f.efisiensi,
    batasBawahNol: f.batasBawahNol,
    penyerapanInduk: f.penyerapanInduk,
    capaianKeseluruhan: f.capaianKeseluruhan,
    dariNilaiDibulatkan: f.dariNilaiDibulatkan,
    kertas: f.kertas,
  };

  if (f.skala === "custom") {
    if (f.bands.length === 0) errors.bands = T.pengaturan.bandsEmpty;
    const bands: PredikatBand[] = [];
    const seen = new Map<number, number>();
    f.bands.forEach((b, i) => {
      const min = readNumber(b.min);
      if (min === null) errors[`band.${i}.min`] = T.pengaturan.bandMinInvalid;
      else if (seen.has(min)) errors[`band.${i}.min`] = T.pengaturan.bandDuplicate;
      else seen.set(min, i);
      if (!b.label.trim()) errors[`band.${i}.label`] = T.pengaturan.bandLabelEmpty;
      if (min !== null && b.label.trim()) bands.push({ min, label: b.label.trim() });
    });
    if (!f.elseLabel.trim()) errors.elseLabel = T.pengaturan.bandLabelEmpty;
    else bands.push({ min: LOWEST_BAND_MIN, label: f.elseLabel.trim() });
    out.skala = bands.sort((a, b) => b.min - a.min);
  } else {
    out.skala = f.skala;
  }

  if (f.batas === "none") out.batasCapaian = null;
  else if (f.batas === "custom") {
    const v = readNumber(f.batasCustom);
    if (v === null || !(v > 0)) errors.batasCustom = T.pengaturan.batasInvalid;
    else out.batasCapaian = v;
  } else out.batasCapaian = Number(f.batas);

  const desimal = readInt(f.desimal);
  if (desimal === null || desimal < 0 || desimal > 6) errors.desimal = T.pengaturan.desimalInvalid;
  else out.desimal = desimal;

  if (f.tahun.trim() === "") out.tahun = null;
  else {
    const tahun = readInt(f.tahun);
    if (tahun === null || tahun < 2000 || tahun > 2100) errors.tahun = T.pengaturan.tahunInvalid;
    else out.tahun = tahun;
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // The schema has the last word (it is what the engine will read back).
  const checked = parseSettings(out);
  if (!checked.ok) return { ok: false, errors: { bands: checked.errors.join(" ") } };
  return { ok: true, settings: out };
}

/** "≥ 95" for a band's bound as the user reads it. */
export function bandBoundText(min: number, decimals = 2): string {
  const whole = Number.isInteger(min);
  return `≥ ${formatAngka(min, whole ? 0 : decimals)}`;
}
