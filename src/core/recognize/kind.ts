/** What a sheet holds, from the roles of its columns: indicators, budget lines, or nothing we read. */
import type { ColumnInfo, SheetKind } from "../model";
import { columnLetter } from "../workbook/address";
import { teksRecognize as T } from "../i18n/recognize";

export interface KindDecision {
  kind: SheetKind;
  /** Indonesian evidence ("ada kolom Indikator (C), Target (E)"), for the guess shown to the user. */
  bukti: string;
}

function show(columns: ColumnInfo[], roles: string[]): string {
  const found = roles
    .map((r) => columns.find((c) => c.role === r))
    .filter((c): c is ColumnInfo => !!c)
    .map((c) => `${T.namaPeran(c.role)} (${columnLetter(c.col)})`);
  return T.buktiKolom(found);
}

export function decideKind(columns: ColumnInfo[]): KindDecision {
  const has = (r: string) => columns.some((c) => c.role === r);
  const anyYear = columns.some((c) => /^realisasi:\d+$/.test(c.role));
  const measures = has("target") || has("realisasi") || has("targetAkhir") || anyYear;
  if (has("indikator") || (has("sasaran") && measures)) {
    return { kind: "indikator", bukti: show(columns, ["indikator", "sasaran", "target", "realisasi", "targetAkhir"]) };
  }
  // Budget lines need a name or a code; a table of anggaran and realisasi alone (one line, numbered) is one too.
  if (
    (has("anggaran") || has("realisasiAnggaran")) &&
    (has("uraian") || has("kode") || has("program") || (has("anggaran") && has("realisasiAnggaran")))
  ) {
    return { kind: "anggaran", bukti: show(columns, ["kode", "uraian", "program", "anggaran", "realisasiAnggaran"]) };
  }
  return { kind: "lain", bukti: "" };
}
