/**
 * The negatif variant by evidence (settings.negatif "otomatis"), decided once per workbook by engine.analyze:
 * a table that prints its capaian shows which formula the office uses. Every printed capaian of a negatif
 * indicator (all sheets together) is compared, at its printed precision as the check compares it, with the
 * capaian under T/R and under (2T-R)/T; only rows that agree with one variant and not the other count. A clear
 * majority (at least three in four of those rows) picks the variant; no such row, or a split, keeps the default
 * T/R. The user hears it as a guess (a peringatan when split) with where to change it (Pengaturan).
 */
import { capaian } from "../calc/capaian";
import { agreesAtPrintedPrecision } from "../check/findings";
import { teksNegatif as T } from "../i18n/negatif";
import { NEGATIF_VARIANTS, type Guess, type NegatifChoice, type NegatifVariant, type Recognition } from "../model";
import type { Settings } from "../settings/settings";
import { a1 } from "../workbook/address";

/** The variant used when the workbook shows nothing (the seed's, and SIPD's). */
export const NEGATIF_BAWAAN: NegatifVariant = "T/R";

export interface NegatifDecision {
  choice: NegatifChoice;
  /** What the user is told (null when the settings named the variant, or there is no negatif indicator to compute). */
  guess: Guess | null;
}

interface Evidence {
  sheet: string;
  cell: string;
  variant: NegatifVariant;
}

/** The printed capaian of negatif indicators that agree with exactly one variant, in sheet order. */
export function negatifEvidence(recognition: Recognition, settings: Settings): Evidence[] {
  const out: Evidence[] = [];
  for (const r of recognition.indikator) {
    if (r.polaritas !== "negatif") continue;
    const p = r.printed.capaian;
    const t = r.target?.value ?? null;
    const re = r.realisasi?.value ?? null;
    if (!p || p.value === null || t === null || re === null) continue;
    const agreeing = NEGATIF_VARIANTS.filter((variant) => {
      const v = capaian({ polaritas: "negatif", target: t, realisasi: re }, { ...settings, negatif: variant }).value;
      return v !== null && agreesAtPrintedPrecision(p, v, null, settings.desimal);
    });
    if (agreeing.length === 1) out.push({ sheet: r.sheet, cell: a1(p.row, p.col), variant: agreeing[0] });
  }
  return out;
}

/** Decide the variant a run uses, and what to tell the user about it. */
export function chooseNegatif(recognition: Recognition, settings: Settings): NegatifDecision {
  const found = negatifEvidence(recognition, settings);
  const evidence: Record<NegatifVariant, number> = { "T/R": 0, "2T-R": 0 };
  for (const e of found) evidence[e.variant] += 1;
  if (settings.negatif !== "otomatis")
    return { choice: { variant: settings.negatif, from: "setelan", evidence }, guess: null };

  const winner: NegatifVariant = evidence["2T-R"] > evidence["T/R"] ? "2T-R" : "T/R";
  const loser: NegatifVariant = winner === "T/R" ? "2T-R" : "T/R";
  const won = evidence[winner];
  const lost = evidence[loser];
  if (won > 0 && won >= 3 * lost) {
    const at = found.find((e) => e.variant === winner) as Evidence;
    return {
      choice: { variant: winner, from: "bukti", evidence },
      guess: {
        sheet: at.sheet,
        cell: at.cell,
        about: "negatif",
        value: winner,
        reason: T.bukti(winner, won, lost),
        // One printed capaian could be a slip that happens to fit: "tinggi" takes two that agree and none against.
        confidence: lost === 0 && won >= 2 ? "tinggi" : "sedang",
        fix: "pengaturan",
      },
    };
  }
  const choice: NegatifChoice = { variant: NEGATIF_BAWAAN, from: "bawaan", evidence };
  if (won > 0) {
    // Split: the default, and a warning at the first printed capaian it will report as different.
    const at = found.find((e) => e.variant !== NEGATIF_BAWAAN) as Evidence;
    return {
      choice,
      guess: {
        sheet: at.sheet,
        cell: at.cell,
        about: "negatif",
        value: NEGATIF_BAWAAN,
        reason: T.terbelah(evidence["T/R"], evidence["2T-R"]),
        peringatan: true,
        confidence: "rendah",
        fix: "pengaturan",
      },
    };
  }
  // Nothing to go by: said once, where the first negatif capaian is computed.
  const first = recognition.indikator.find(
    (r) => r.polaritas === "negatif" && r.target?.value != null && r.realisasi?.value != null,
  );
  if (!first || !first.target) return { choice, guess: null };
  return {
    choice,
    guess: {
      sheet: first.sheet,
      cell: a1(first.target.row, first.target.col),
      about: "negatif",
      value: NEGATIF_BAWAAN,
      reason: T.tanpaBukti,
      fix: "pengaturan",
    },
  };
}
