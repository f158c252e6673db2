/** Indonesian text of the standalone page's progress (the engine in a Web Worker) and of leaving unsaved work. */
export const teksKemajuan = {
  membacaBerkas: (name: string) => `Membaca berkas ${name}…`,
  membaca: (sheets: string, rows: string) => `Membaca buku kerja: ${sheets} lembar, ${rows} baris`,
  memahami: (sheets: string, rows: string) => `Memahami ${sheets} lembar (${rows} baris)…`,
  menghitung: (rows: string) => `Menghitung ${rows} baris…`,
  menulis: (done: string, total: string) => `Menulis ke buku kerja: bagian ${done} dari ${total}`,
  menyimpan: "Menyiapkan berkas hasil…",
  langkah: (n: number, total: number, what: string) => `Langkah ${n} dari ${total}: ${what}`,
  batal: "Hentikan",
  batalHint: "Hentikan pekerjaan ini; buku kerja kembali seperti sebelum pekerjaan dimulai.",
  dibatalkan: "Dihentikan. Buku kerja kembali seperti sebelum pekerjaan itu; tidak ada yang berubah.",
  dibatalkanBuka: "Dihentikan. Berkas belum dibuka.",
  pekerjaGagal: (why: string) =>
    `Mesin penghitung di halaman ini berhenti (${why}). Buku kerja dikembalikan ke keadaan terakhir yang utuh; coba lagi.`,
  belumDiunduh: "Hasil belum diunduh. Bila halaman ini ditutup, perubahan hilang. Tekan “Unduh hasil” lebih dahulu.",
  belumDiunduhPendek: "Ada hasil yang belum diunduh.",
};
