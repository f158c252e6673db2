/**
 * Indonesian text of the package writer (src/adapters/exceljs): files it cannot read or cannot keep whole,
 * and writes it refuses so that nothing in the workbook is lost.
 */
import { pesanExcelJs } from "./exceljs";

export const pesanXlsx = {
  berkasRusak: pesanExcelJs.berkasRusak,
  bukanBukuKerja: pesanExcelJs.bukanBukuKerja,
  zip64: (file: string) =>
    `Berkas "${file}" terlalu besar untuk dibuka (lebih dari 4 GB atau lebih dari 65.535 bagian). Perkecil buku kerjanya di Excel.`,
  bagianRusak: (file: string, part: string) =>
    `Berkas "${file}" rusak: bagian "${part}" di dalamnya tidak dapat dibaca. Coba buka dan simpan ulang di Excel.`,
  strict: (file: string) =>
    `Berkas "${file}" disimpan sebagai "Strict Open XML Spreadsheet", yang belum dapat diolah. Buka di Excel lalu simpan sebagai "Excel Workbook (*.xlsx)".`,
  lembarHilang: (file: string, sheet: string) =>
    `Berkas "${file}" rusak: lembar "${sheet}" tercantum di buku kerja tetapi isinya tidak ada di dalam berkas. Buka dan simpan ulang di Excel.`,
  tanpaLembar: (file: string) => `Berkas "${file}" tidak memuat satu pun lembar kerja.`,
  lembarTakTerbaca: (file: string, sheet: string, where: string) =>
    `Berkas "${file}" rusak: isi lembar "${sheet}" tidak dapat dibaca (${where}). Buka dan simpan ulang di Excel.`,
  rumusBersama: (sheet: string, cell: string, ref: string) =>
    `sel ${cell} di lembar "${sheet}" memuat rumus bersama (shared formula) yang juga dipakai sel lain di ${ref}; menimpanya akan merusak rumus sel-sel itu. Di Excel, salin lalu tempel ulang rumus kolom itu (atau isi seluruh kolomnya sekaligus), lalu coba lagi.`,
  rumusArray: (sheet: string, cell: string, ref: string) =>
    `sel ${cell} di lembar "${sheet}" adalah bagian dari rumus array ${ref}; sel itu tidak dapat ditimpa sendiri.`,
} as const;
