/**
 * Indonesian reasons the calculation library gives when a figure cannot be computed (Computed.reason).
 * The engine adds the sheet and cell; these say what is wrong with the numbers.
 */
export const calcPesan = {
  targetKosong: "Target belum diisi (kosong atau bukan angka), sehingga capaian tidak dapat dihitung.",
  realisasiKosong: "Realisasi belum diisi (kosong atau bukan angka), sehingga capaian tidak dapat dihitung.",
  targetNol: "Target bernilai 0: capaian tidak dapat dihitung karena pembagian dengan nol.",
  realisasiNolNegatif:
    "Realisasi bernilai 0 pada indikator berpolaritas negatif (rumus Target/Realisasi): capaian tidak dapat dihitung karena pembagian dengan nol.",
  stabilNol:
    "Target atau realisasi bernilai 0 pada indikator berpolaritas stabil: capaian tidak dapat dihitung karena pembagian dengan nol.",
  rentangKosong:
    "Batas bawah dan batas atas target (polaritas rentang) belum diisi, sehingga capaian tidak dapat dihitung.",
  rentangAtasNol:
    "Batas atas rentang target bernilai 0: capaian di atas rentang tidak dapat dihitung karena pembagian dengan nol.",
  rentangBawahNol:
    "Batas bawah rentang target bernilai 0: capaian di bawah rentang tidak dapat dihitung karena pembagian dengan nol.",
  tidakTerhingga: "Hasil pembagian terlalu besar (pembaginya hampir 0), sehingga nilai tidak dapat dihitung.",
  tidakAdaNilai: "Tidak ada nilai yang dapat dirata-rata.",
  bobotNol: "Jumlah bobot indikator yang memiliki nilai adalah 0, sehingga rata-rata tertimbang tidak dapat dihitung.",
  anggaranKosong: "Anggaran belum diisi (kosong atau bukan angka).",
  realisasiAnggaranKosong: "Realisasi anggaran belum diisi (kosong atau bukan angka).",
  anggaranNol: "Anggaran bernilai 0: penyerapan tidak dapat dihitung karena pembagian dengan nol.",
  capaianKosong: "Capaian belum ada, sehingga efisiensi tidak dapat dihitung.",
  penyerapanKosong: "Penyerapan anggaran belum ada, sehingga efisiensi tidak dapat dihitung.",
  penyerapanNol: "Penyerapan anggaran 0%: indeks efisiensi tidak dapat dihitung karena pembagian dengan nol.",
} as const;
