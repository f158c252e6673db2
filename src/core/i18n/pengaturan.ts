/** Indonesian messages about settings: a wrong key or value, a damaged JSON file, a correction naming what is not there. */

/** How a value the user gave is quoted in a message. */
export function kutipNilai(v: unknown): string {
  if (v === undefined) return "(kosong)";
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

const jenis: Record<string, string> = {
  number: "angka",
  int: "bilangan bulat",
  boolean: "true atau false",
  string: "teks",
  object: "objek { ... }",
  record: "objek { ... }",
  array: "daftar [ ... ]",
  tuple: "daftar [ ... ]",
  null: "null",
};

export const teksPengaturan = {
  /** "negatif": the key as the message names it. */
  kunci: (path: string) => (path === "" ? "Pengaturan" : `Pengaturan "${path}"`),
  nilaiTakDikenal: (key: string, value: unknown, allowed: string[]) =>
    `${key}: nilai ${kutipNilai(value)} tidak dikenal; pilihan: ${allowed.join(", ")}.`,
  nilaiTakDikenalAtauDaftar: (key: string, value: unknown, allowed: string[], list: string) =>
    `${key}: nilai ${kutipNilai(value)} tidak dikenal; pilihan: ${allowed.join(", ")}, atau ${list}.`,
  daftarSkala: 'daftar pita sendiri [{ "min": 90, "label": "Baik" }, ...]',
  kunciTakDikenal: (where: string, key: string, known: string[], mirip: string | null) =>
    `${where === "" ? `Kunci pengaturan "${key}"` : `Di dalam "${where}", kunci "${key}"`} tidak dikenal` +
    (mirip ? ` (maksudnya "${mirip}"?)` : "") +
    (known.length ? `; kunci yang ada: ${known.join(", ")}.` : "."),
  salahJenis: (key: string, value: unknown, expected: string) =>
    value === undefined
      ? `${key} harus diisi (${jenis[expected] ?? expected}).`
      : `${key}: ${kutipNilai(value)} bukan ${jenis[expected] ?? expected}.`,
  terlaluBesar: (key: string, value: unknown, max: number, inclusive: boolean) =>
    `${key}: ${kutipNilai(value)} terlalu besar; ${inclusive ? `paling besar ${max}` : `harus kurang dari ${max}`}.`,
  terlaluKecil: (key: string, value: unknown, min: number, inclusive: boolean) =>
    `${key}: ${kutipNilai(value)} terlalu kecil; ${inclusive ? `paling kecil ${min}` : `harus lebih dari ${min}`}.`,
  terlaluBanyak: (key: string, max: number) => `${key}: paling banyak ${max} unsur.`,
  terlaluSedikit: (key: string, min: number) => `${key}: paling sedikit ${min} unsur.`,
  tidakValid: (key: string, value: unknown) => `${key}: nilai ${kutipNilai(value)} tidak valid.`,

  /** A settings file that is not JSON. */
  bukanJson: (line: number, col: number, near: string) =>
    `isinya bukan JSON yang sah: kesalahan di baris ${line}, kolom ${col}` + (near ? ` (dekat ${near})` : "") + ".",
  jsonTerpotong:
    "isinya bukan JSON yang sah: berkas berakhir sebelum JSON selesai (kurung atau tanda kutip belum ditutup).",
  jsonKosong: "berkasnya kosong; isinya harus objek JSON { ... }.",
  bukanObjek: "isinya harus objek JSON { ... }, bukan daftar, angka atau teks.",

  /** Corrections (overrides) that name a sheet, column, row or role the workbook does not have. */
  lembarTidakAda: (key: string, sheet: string, sheets: string[]) =>
    `${key}: lembar "${sheet}" tidak ada di buku kerja; lembar yang ada: ${sheets.map((s) => `"${s}"`).join(", ")}.`,
  peranTidakDikenal: (key: string, role: string, known: string[]) =>
    `${key}: peran kolom "${role}" tidak dikenal; peran yang ada: ${known.join(", ")}.`,
  hurufKolomSalah: (key: string, letter: string) => `${key}: "${letter}" bukan huruf kolom (contoh: "E" atau "AB").`,
  kolomDiLuar: (key: string, letter: string, sheet: string, last: string) =>
    `${key}: kolom ${letter} di luar isi lembar "${sheet}" (kolom terakhir yang berisi: ${last}).`,
  barisDiLuar: (key: string, row: number, sheet: string, last: number) =>
    `${key}: baris ${row} di luar isi lembar "${sheet}" (baris terakhir yang berisi: ${last}).`,
  barisTerbalik: (key: string, a: number, b: number) => `${key}: baris awal ${a} sesudah baris akhir ${b}.`,
  selSalah: (key: string, ref: string) =>
    `${key}: "${ref}" bukan alamat sel; tulis "Lembar!B7" (sel nama indikator) atau "Lembar!7" (barisnya).`,
};
