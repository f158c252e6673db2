/**
 * Indonesian names of column roles, in one place: the sentence form used in guess reasons and findings
 * ("Realisasi anggaran"), and the short column label the task pane shows ("Capaian (%)").
 */

const nama: Record<string, string> = {
  no: "Nomor",
  kode: "Kode",
  uraian: "Uraian",
  anggaran: "Anggaran",
  realisasiAnggaran: "Realisasi anggaran",
  tujuan: "Tujuan",
  sasaran: "Sasaran",
  indikator: "Indikator",
  satuan: "Satuan",
  polaritas: "Polaritas",
  target: "Target",
  realisasi: "Realisasi",
  targetAkhir: "Target akhir",
  program: "Program",
  bobot: "Bobot",
  capaian: "Capaian",
  predikat: "Predikat",
  penyerapan: "Penyerapan",
  sisa: "Sisa anggaran",
  efisiensi: "Tingkat efisiensi",
  capaianAkhir: "Capaian terhadap target akhir",
};

/** Where the task pane's column label differs from the sentence form. */
const labelKolom: Record<string, string> = {
  no: "No",
  capaian: "Capaian (%)",
  penyerapan: "Penyerapan (%)",
  efisiensi: "Efisiensi",
  capaianAkhir: "Capaian thd target akhir",
};

function tahun(role: string): string | null {
  const y = /^realisasi:(\d+)$/.exec(role);
  return y ? `Realisasi ${y[1]}` : null;
}

/** Sentence form of a role ("realisasi:2019" -> "Realisasi 2019"); unknown roles as they are. */
export function namaPeran(role: string): string {
  return tahun(role) ?? nama[role] ?? role;
}

/** Column label of a role in the task pane ("capaian" -> "Capaian (%)"). */
export function labelPeran(role: string): string {
  return tahun(role) ?? labelKolom[role] ?? nama[role] ?? role;
}
