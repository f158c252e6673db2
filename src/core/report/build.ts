/**
 * buildReport: the LKjIP table set (domain.md §6) from the engine's Analysis. Bab II: Perjanjian Kinerja;
 * Bab III: capaian per sasaran, earlier years, end-of-period target, efisiensi, realisasi anggaran (summary
 * and detail). A table without data is left out and listed in `skipped` with what the workbook would need.
 */
import { REPORT_TEXT } from "../i18n/report";
import type { Analysis } from "../model";
import type { Settings } from "../settings/settings";
import type { BuildContext, TableDraft } from "./context";
import { joinIndikator } from "./join";
import type { Report, ReportTable } from "./model";
import { buildAnggaranTables } from "./table-anggaran";
import { buildCapaianTables } from "./table-capaian";
import { buildEfisiensiTable } from "./table-efisiensi";
import { buildPerjanjianKinerjaTable } from "./table-perjanjian-kinerja";
import { buildTahunanTable } from "./table-tahunan";
import { buildTargetAkhirTable } from "./table-target-akhir";
import { buildTargetKinerjaTable } from "./table-target-kinerja";

const SMALL_WORDS = new Set(["dan", "di", "ke", "dari", "yang", "atau", "untuk", "pada", "dengan"]);

/** "DINAS SOSIAL KABUPATEN SUMENEP" -> "Dinas Sosial Kabupaten Sumenep"; mixed case is kept. */
export function instansiName(raw: string | null): string {
  const s = (raw ?? "").replace(/\s+/g, " ").trim();
  if (!s) return REPORT_TEXT.instansiDefault;
  if (s !== s.toUpperCase()) return s;
  return s
    .toLowerCase()
    .split(" ")
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.replace(/^\p{L}/u, (c) => c.toUpperCase())))
    .join(" ");
}

export function buildContext(analysis: Analysis, settings: Settings): BuildContext {
  const tahun = settings.tahun ?? analysis.recognition.tahun;
  return {
    analysis,
    settings,
    instansi: instansiName(analysis.recognition.instansi),
    tahun,
    tahunText: tahun !== null ? String(tahun) : "ini",
    decimals: settings.desimal,
    indikator: joinIndikator(analysis),
  };
}

function number(drafts: TableDraft[], bab: "II" | "III"): ReportTable[] {
  const prefix = bab === "II" ? "2" : "3";
  return drafts.map((d, i) => {
    const nomor = `${prefix}.${i + 1}`;
    const { judul, ...rest } = d;
    return { ...rest, nomor, title: `Tabel ${nomor} ${judul}`, sheetName: `Tabel ${nomor}` };
  });
}

export function buildReport(analysis: Analysis, settings: Settings): Report {
  const ctx = buildContext(analysis, settings);
  const parts = [
    buildPerjanjianKinerjaTable(ctx),
    buildTargetKinerjaTable(ctx),
    buildCapaianTables(ctx),
    buildTahunanTable(ctx),
    buildTargetAkhirTable(ctx),
    buildEfisiensiTable(ctx),
    buildAnggaranTables(ctx),
  ];
  const drafts = parts.flatMap((p) => p.tables);
  const skipped = parts.flatMap((p) => p.omitted);
  const tables = [
    ...number(
      drafts.filter((d) => d.bab === "II"),
      "II",
    ),
    ...number(
      drafts.filter((d) => d.bab === "III"),
      "III",
    ),
  ];
  return {
    instansi: ctx.instansi,
    tahun: ctx.tahun,
    tables,
    skipped,
    omitted: skipped.map(REPORT_TEXT.skippedLine),
  };
}
