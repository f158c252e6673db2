/** Indonesian text of the `lkjip` command line. */
export const teksCli = {
  deskripsi:
    "Asisten LKjIP: membaca lembar anggaran dan indikator, menghitung capaian, predikat, penyerapan, sisa dan efisiensi, memeriksa angka tercetak, dan membuat tabel LKjIP.",
  perintah: {
    scan: "tampilkan lembar yang dikenali, baris judul kolom, peran kolom, dan tebakan",
    check: "periksa buku kerja: semua angka yang tidak sesuai dengan masukannya (keluar 1 bila ada galat)",
    fill: "isi kolom hitungan (capaian, predikat, penyerapan, sisa, efisiensi) ke berkas baru",
    report: "buat tabel LKjIP (Bab II dan III) di lembar baru, dan .docx bila diminta",
    demo: "jalankan semuanya pada contoh bawaan (Dinas Sosial Kabupaten Sumenep 2020)",
  },
  opsi: {
    settings: "berkas pengaturan JSON (lihat README: Pengaturan)",
    json: "keluaran satu dokumen JSON berversi",
    out: "berkas .xlsx hasil",
    inPlace: "tulis ke berkas masukan itu sendiri (hati-hati)",
    values: "tulis nilai, bukan rumus Excel",
    force: "timpa sel yang sudah berisi nilai lain",
    docx: "juga tulis laporan Word (.docx) ke berkas ini",
    outDir: "folder hasil demo",
  },
  galat: {
    tanpaOut: "Sebutkan berkas hasil dengan --out HASIL.xlsx, atau --in-place untuk menulis ke berkas masukan.",
    outSamaDenganInput: "Berkas hasil sama dengan berkas masukan: gunakan --in-place bila memang itu maksudnya.",
    pengaturanTakTerbaca: (file: string, why: string) => `Berkas pengaturan "${file}" tidak dapat dibaca: ${why}`,
    pengaturanTakValid: (file: string) => `Berkas pengaturan "${file}" tidak valid:`,
    penggunaan: (msg: string) => `Perintah tidak lengkap atau keliru: ${msg}. Lihat "lkjip --help".`,
  },
  ringkasan: {
    berkas: (f: string) => `Berkas: ${f}`,
    lembar: (name: string, kind: string, header: string, data: string) => `Lembar "${name}": ${kind}${header}${data}`,
    jenis: {
      anggaran: "lembar anggaran",
      indikator: "lembar indikator",
      lain: "tidak dikenali",
      abaikan: "diabaikan",
    } as Record<string, string>,
    judul: (a: number, b: number) => (a === b ? `, judul kolom baris ${a}` : `, judul kolom baris ${a}–${b}`),
    data: (a: number, b: number) => `, data baris ${a}–${b}`,
    kolom: (list: string) => `  Kolom: ${list}`,
    ditambah: (list: string) => `  Kolom baru (diisi oleh fill): ${list}`,
    tebakan: (cell: string, reason: string) => `  Tebakan ${cell}: ${reason}`,
    sasaran: (nama: string, capaian: string, predikat: string) =>
      `Sasaran "${nama}": rata-rata capaian ${capaian} (${predikat})`,
    keseluruhan: (capaian: string, predikat: string) => `Capaian keseluruhan: ${capaian} (${predikat})`,
    totalAnggaran: (sheet: string, uraian: string, a: string, r: string, p: string) =>
      `${sheet} — ${uraian}: anggaran ${a}, realisasi ${r}, penyerapan ${p}`,
    temuan: (n: number, g: number, p: number, i: number) => `${n} temuan: ${g} galat, ${p} peringatan, ${i} info`,
    tidakAdaTemuan: "Tidak ada temuan.",
    severity: { error: "GALAT", warning: "PERINGATAN", info: "INFO" } as Record<string, string>,
    diisi: (out: string, n: number, m: number) =>
      `Hasil ditulis ke ${out}: ${n} sel diisi, ${m} sel dibiarkan karena sudah berisi nilai lain.`,
    tidakAdaYangDiisi: (m: number) => `Tidak ada sel yang perlu diisi (${m} sel dibiarkan).`,
    dibiarkan: (cell: string, existing: string, wanted: string) =>
      `  ${cell}: berisi ${existing}, hasil hitungan ${wanted}`,
    dibiarkanLagi: (n: number) => `  ... dan ${n} sel lainnya (lihat --json)`,
    laporan: (out: string, n: number) => `Tabel laporan ditulis ke ${out} (${n} lembar).`,
    docx: (out: string) => `Laporan Word ditulis ke ${out}.`,
    dilewati: (t: string) => `Dilewati: ${t}`,
    demoSelesai: (dir: string) => `Demo selesai. Semua hasil ada di folder ${dir}.`,
    demoJson: (f: string) => `Dokumen JSON: ${f}`,
    tanpaNilai: "–",
  },
};
