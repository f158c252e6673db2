/**
 * Indonesian text of the pass that reads types as meant (src/core/workbook/evaluate.ts): dates where an
 * amount belongs, formulas saved without their value.
 */
import { formatAngka } from "../numbers/format";

export const pesanBaca = {
  tanggal: (label: string, ref: string, tanggal: string) =>
    `${label} di ${ref} berisi tanggal (${tanggal}), bukan angka; sel ini tidak dihitung. Isi sel itu dengan angka.`,
  rumusTanpaNilai: (label: string, ref: string, rumus: string) =>
    `${label} di ${ref} berisi rumus ${rumus} yang belum dihitung (tidak ada nilai tersimpan) dan tidak dapat dihitung oleh Asisten; sel ini dianggap kosong. Buka buku kerja di Excel, lalu simpan, agar nilainya tersimpan.`,
  rumusDihitung: (jumlah: number, ref: string) =>
    jumlah === 1
      ? `Rumus di ${ref} tersimpan tanpa nilai; nilainya dihitung oleh Asisten. Buka dan simpan buku kerja di Excel agar nilai tersimpan.`
      : `${formatAngka(jumlah, 0)} rumus (yang pertama di ${ref}) tersimpan tanpa nilai; nilainya dihitung oleh Asisten. Buka dan simpan buku kerja di Excel agar nilai tersimpan.`,
  labelSel: "Sel",
};
