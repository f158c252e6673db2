/** Indonesian text of the `lkjip` command line. */
export const teksCli = {
  deskripsi:
    "Asisten LKjIP: membaca lembar anggaran dan indikator, menghitung capaian, predikat, penyerapan, sisa dan efisiensi, memeriksa angka tercetak, dan membuat tabel LKjIP.",
  perintah: {
    scan: "tampilkan lembar yang dikenali, baris judul kolom, peran kolom, dan tebakan",
    check: "periksa buku kerja: semua angka yang tidak sesuai dengan masukannya (keluar 1 bila ada galat)",
    fill: "isi kolom hitungan (capaian, predikat, penyerapan, sisa, efisiensi) ke berkas baru",
    report: "buat tabel LKjIP (Bab II dan III) di lembar baru, dan .docx bila diminta",
    undo: "batalkan pengisian terakhir (fill): setiap sel yang diisinya kembali ke isi sebelumnya (juga bila sesudahnya Anda ubah)",
    demo: "jalankan semuanya pada contoh bawaan (Dinas Sosial Kabupaten Sumenep 2020)",
  },
  opsi: {
    settings: "berkas pengaturan JSON (lihat README: Pengaturan)",
    json: "keluaran satu dokumen JSON berversi",
    out: "berkas .xlsx hasil",
    inPlace: "tulis ke berkas masukan itu sendiri (hati-hati)",
    values: "tulis nilai, bukan rumus Excel",
    force: "timpa juga sel yang isinya berbeda dari hitungan",
    convertText: "ubah dulu angka yang tersimpan sebagai teks menjadi angka, agar semua hitungan menjadi rumus",
    docx: "juga tulis laporan Word (.docx) ke berkas ini",
    outDir: "folder hasil demo",
  },
  bantuan: {
    penggunaan: "Penggunaan:",
    argumen: "Argumen:",
    opsi: "Opsi:",
    perintah: "Perintah:",
    opsiKata: "[opsi]",
    perintahKata: "[perintah]",
    opsiHelp: "tampilkan bantuan ini",
    opsiVersi: "tampilkan nomor versi",
    perintahHelp: "tampilkan bantuan sebuah perintah",
    perintahHelpNama: "help [perintah]",
    argumenBerkas: "buku kerja .xlsx",
    penutup:
      "Contoh: lkjip check BUKU.xlsx; lkjip fill BUKU.xlsx --out HASIL.xlsx. Bantuan sebuah perintah: lkjip help fill. Panduan lengkap: docs/panduan.md.",
  },
  galatPerintah: {
    perintahTakDikenal: (name: string, mirip: string | null) =>
      `Perintah "${name}" tidak dikenal${mirip ? ` (maksudnya ${mirip}?)` : ""}. Perintah yang ada: scan, check, fill, report, undo, demo.`,
    opsiTakDikenal: (opt: string, cmd: string, mirip: string | null) =>
      `Opsi "${opt}" tidak dikenal untuk ${cmd}${mirip ? ` (maksudnya ${mirip}?)` : ""}.`,
    argumenKurang: (cmd: string, arg: string) => `${cmd}: sebutkan ${arg === "berkas" ? "berkas .xlsx" : arg}.`,
    nilaiOpsiKurang: (opt: string) => `Opsi "${opt}" perlu nilai sesudahnya.`,
    opsiWajib: (opt: string) => `Opsi "${opt}" wajib diberikan.`,
    argumenBerlebih: (cmd: string, expected: number, got: number) =>
      `${cmd}: terlalu banyak argumen; diharapkan ${expected}, diberikan ${got}. Nama berkas yang berisi spasi ditulis dalam tanda kutip.`,
    nilaiTidakSah: (cmd: string) => `${cmd}: nilai argumen tidak sah.`,
    opsiBentrok: (cmd: string) => `${cmd}: dua opsi yang tidak dapat dipakai bersama.`,
    lain: (cmd: string) => `${cmd}: perintah keliru.`,
    lihatBantuan: (cmd: string) => `Lihat "${cmd} --help".`,
    tanpaPerintah: "Sebutkan perintah: scan, check, fill, report, undo atau demo.",
  },
  galat: {
    tanpaOut: "Sebutkan berkas hasil dengan --out HASIL.xlsx, atau --in-place untuk menulis ke berkas masukan.",
    outSamaDenganInput: "Berkas hasil sama dengan berkas masukan: gunakan --in-place bila memang itu maksudnya.",
    pengaturanTakTerbaca: (file: string, why: string) => `Berkas pengaturan "${file}" tidak dapat dibaca: ${why}`,
    pengaturanTakValid: (file: string) => `Berkas pengaturan "${file}" tidak valid:`,
    pengaturanTersimpanTakValid: (book: string) => `Pengaturan yang tersimpan di buku kerja "${book}" tidak valid:`,
    pengaturanTersimpanSaran:
      "Simpan ulang Pengaturan di add-in (tab Pengaturan), atau berikan nilai yang benar dengan --settings BERKAS.json: nilai di berkas itu menggantikan yang tersimpan.",
    pengaturanBukanJson: (file: string, why: string) => `Berkas pengaturan "${file}": ${why}`,
    pengaturanTakCocok: (file: string) => `Berkas pengaturan "${file}" menyebut yang tidak ada di buku kerja:`,
    takTerduga: (msg: string) => `Kesalahan tak terduga: ${msg}`,
  },
  ringkasan: {
    /** lkjip undo */
    dibatalkan: (n: string, out: string) =>
      `Pengisian terakhir dibatalkan: ${n} sel kembali ke isi sebelum pengisian itu. Hasil ditulis ke ${out}.`,
    tidakAdaBatal: (book: string) =>
      `Tidak ada pengisian yang dapat dibatalkan di "${book}" (buku kerja ini belum diisi oleh Asisten LKjIP, atau pengisiannya sudah dibatalkan). Tidak ada berkas yang ditulis.`,
    tidakDibatalkan: "Tidak dapat dikembalikan:",
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
    sasaran: (nama: string, sheets: string, capaian: string, predikat: string) =>
      `Sasaran "${nama}" (${sheets}): rata-rata capaian ${capaian} (${predikat})`,
    sasaranTanpaNama: (sheets: string, capaian: string, predikat: string) =>
      `Sasaran tanpa nama (${sheets}): rata-rata capaian ${capaian} (${predikat})`,
    sasaranLain: (sheet: string, capaian: string, predikat: string) => `; di ${sheet} ${capaian} (${predikat})`,
    peranKolom: (role: string, letter: string) => `${role} ${letter}`,
    keseluruhan: (capaian: string, predikat: string) => `Capaian keseluruhan: ${capaian} (${predikat})`,
    totalAnggaran: (sheet: string, uraian: string, a: string, r: string, p: string) =>
      `${sheet} — ${uraian}: anggaran ${a}, realisasi ${r}, penyerapan ${p}`,
    temuan: (n: number, g: number, p: number, i: number) => `${n} temuan: ${g} galat, ${p} peringatan, ${i} info`,
    tidakAdaTemuan: "Tidak ada temuan.",
    severity: { error: "GALAT", warning: "PERINGATAN", info: "INFO" } as Record<string, string>,
    diisi: (out: string) => `Hasil ditulis ke ${out}.`,
    dibiarkanLagi: (n: number) => `  ... dan ${n} sel lainnya (lihat --json)`,
    laporan: (out: string, n: number) => `Tabel laporan ditulis ke ${out} (${n} lembar).`,
    docx: (out: string) => `Laporan Word ditulis ke ${out}.`,
    dilewati: (t: string) => `Dilewati: ${t}`,
    demoSelesai: (dir: string) => `Demo selesai. Semua hasil ada di folder ${dir}.`,
    demoJson: (f: string) => `Dokumen JSON: ${f}`,
    tanpaNilai: "–",
  },
};
