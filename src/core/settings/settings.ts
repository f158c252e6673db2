/**
 * Settings: the variants that practice offers (domain.md §3), with defaults that reproduce the seed
 * (LKjIP 2020 Dinas Sosial Kabupaten Sumenep). Validated with zod; unknown keys are refused so that a
 * typo in a settings file is reported instead of silently ignored.
 */
import { z } from "zod";
import { describeIssues } from "./issues";
import { POLARITAS, type NegatifVariant } from "../model";

export const SKALA_PRESETS = {
  "95-80-50": [
    { min: 95, label: "Sangat Berhasil" },
    { min: 80, label: "Berhasil" },
    { min: 50, label: "Cukup Berhasil" },
    { min: Number.NEGATIVE_INFINITY, label: "Kurang Berhasil" },
  ],
  "permendagri-86": [
    { min: 91, label: "Sangat Tinggi" },
    { min: 76, label: "Tinggi" },
    { min: 66, label: "Sedang" },
    { min: 51, label: "Rendah" },
    { min: Number.NEGATIVE_INFINITY, label: "Sangat Rendah" },
  ],
  "100-75-55": [
    { min: 100, label: "Sangat Berhasil" },
    { min: 75, label: "Berhasil" },
    { min: 55, label: "Cukup Berhasil" },
    { min: Number.NEGATIVE_INFINITY, label: "Kurang Berhasil" },
  ],
} as const satisfies Record<string, readonly PredikatBand[]>;

export type SkalaPreset = keyof typeof SKALA_PRESETS;

/** One band of a predikat scale: capaian >= min gets label (bands are tried from the highest min). */
export interface PredikatBand {
  min: number;
  label: string;
}

const band = z.object({ min: z.number(), label: z.string().min(1) }).strict();

const polaritasSchema = z.enum(POLARITAS);

/** A user's correction of what recognition guessed (the task pane's "Lembar" view writes these). */
export const overridesSchema = z
  .object({
    /** sheet name -> kind ("anggaran" | "indikator" | "abaikan"). */
    sheetKinds: z.record(z.string(), z.enum(["anggaran", "indikator", "abaikan"])).optional(),
    /** sheet name -> role -> column letter ("" removes the role). */
    columns: z.record(z.string(), z.record(z.string(), z.string())).optional(),
    /** sheet name -> header row numbers as the user sees them (1-based): [first, last]. */
    headerRows: z.record(z.string(), z.tuple([z.number().int().min(1), z.number().int().min(1)])).optional(),
    /** "Sheet!B7" (the indicator's name cell, or its row as "Sheet!7") -> polaritas. */
    polaritas: z.record(z.string(), polaritasSchema).optional(),
  })
  .strict();

export type Overrides = z.infer<typeof overridesSchema>;

export const settingsSchema = z
  .object({
    /**
     * Negative polarity: "T/R" (seed, SIPD), "2T-R" (PermenPANRB 6/2022), or "otomatis": the variant the
     * workbook's printed capaian of negatif indicators agree with, else "T/R" (engine.analyze decides it once).
     */
    negatif: z.enum(["otomatis", "T/R", "2T-R"]).default("otomatis"),
    /** Predikat scale: a preset name or a custom list of bands. */
    skala: z.union([z.enum(["95-80-50", "permendagri-86", "100-75-55"]), z.array(band).min(1)]).default("95-80-50"),
    /** Efisiensi: capaian - penyerapan ("selisih", seed), capaian / penyerapan ("indeks"), 100 - penyerapan ("sisa"). */
    efisiensi: z.enum(["selisih", "indeks", "sisa"]).default("selisih"),
    /** Cap on an indicator's capaian before averaging (null: none). The floor 0 applies with a cap. */
    batasCapaian: z.number().positive().nullable().default(null),
    /** Floor capaian at 0 before averaging (the "2T-R" variant can go below 0). */
    batasBawahNol: z.boolean().default(false),
    /** Decimals shown (and used when comparing printed figures and deciding predikat). */
    desimal: z.number().int().min(0).max(6).default(2),
    /** A parent's penyerapan: money-weighted Σrealisasi/Σanggaran ("bobot") or the mean of its children ("rata-rata"). */
    penyerapanInduk: z.enum(["bobot", "rata-rata"]).default("bobot"),
    /** Overall capaian: mean over sasaran ("sasaran") or over all indicators ("indikator"). */
    capaianKeseluruhan: z.enum(["sasaran", "indikator"]).default("sasaran"),
    /** Compute from already-rounded printed values (to reproduce an old report). */
    dariNilaiDibulatkan: z.boolean().default(false),
    /** Year of the report (n); null: taken from the workbook. */
    tahun: z.number().int().min(2000).max(2100).nullable().default(null),
    /** Paper for report tables. */
    kertas: z.enum(["A4", "F4"]).default("A4"),
    overrides: overridesSchema.default({}),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Settings with the negatif variant decided ("otomatis" resolved by engine.analyze): what compute and fill use. */
export type RunSettings = Omit<Settings, "negatif"> & { negatif: NegatifVariant };

/**
 * The settings a run uses: an explicit variant in the settings wins; "otomatis" takes the variant the analysis
 * chose (Analysis.negatif.variant).
 */
export function withNegatif(settings: Settings, chosen: NegatifVariant): RunSettings {
  return { ...settings, negatif: settings.negatif === "otomatis" ? chosen : settings.negatif };
}

/** The bands of the configured scale, highest min first. */
export function predikatBands(settings: Pick<Settings, "skala">): PredikatBand[] {
  const bands: PredikatBand[] =
    typeof settings.skala === "string" ? [...SKALA_PRESETS[settings.skala]] : settings.skala.map((b) => ({ ...b }));
  return bands.sort((a, b) => b.min - a.min);
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** The keys an object in the settings may have, by its path (for "unknown key" messages). */
function keysAt(path: readonly PropertyKey[]): readonly string[] {
  if (path.length === 0) return Object.keys(settingsSchema.shape);
  if (path.length === 1 && path[0] === "overrides") return Object.keys(overridesSchema.shape);
  if (path[0] === "skala") return Object.keys(band.shape);
  return [];
}

/** Validate settings from a file or the workbook; errors are Indonesian, naming the key, the value and what is allowed. */
export function parseSettings(input: unknown): SettingsResult {
  const r = settingsSchema.safeParse(input ?? {});
  if (r.success) return { ok: true, settings: r.data };
  return { ok: false, errors: describeIssues(r.error.issues, input ?? {}, { keysAt }) };
}
