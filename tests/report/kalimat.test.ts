import {
  daftar,
  kalimatCapaianSasaran,
  kalimatEfisiensi,
  kalimatPenyerapanTertinggiTerendah,
  kalimatPerubahan,
  kalimatTargetAkhir,
  kalimatTargetIndikator,
  kalimatTotalAnggaran,
  nilaiSatuan,
} from "../../src/core/report/kalimat";

const END = {
  nama: "X",
  satuan: "%",
  tahun: "2020",
  realisasi: 40,
  targetAkhir: 50,
  labelTarget: "target akhir Renstra",
  decimalsNilai: 2,
  decimals: 2,
};

describe("sentences under the tables", () => {
  it("formats values with their unit, Indonesian separators", () => {
    expect(nilaiSatuan(20.18, "%", 2)).toBe("20,18%");
    expect(nilaiSatuan(197465, "orang", 0)).toBe("197.465 orang");
    expect(nilaiSatuan(1214050000, "Rp", 0)).toBe("Rp 1.214.050.000");
    expect(nilaiSatuan(12, null, 0)).toBe("12");
    expect(daftar(["A"])).toBe("A");
    expect(daftar(["A", "B"])).toBe("A dan B");
    expect(daftar(["A", "B", "C"])).toBe("A, B, dan C");
  });

  it("states the mean capaian and predikat of a sasaran over the measured indicators, and names the rest", () => {
    expect(
      kalimatCapaianSasaran({
        sasaran: "S",
        terukur: 3,
        tanpa: [],
        rataRata: 94.995,
        predikat: "Sangat Berhasil",
        decimals: 2,
      }),
    ).toBe(
      'Hasil pengukuran capaian kinerja sasaran "S" dengan 3 (tiga) indikator terukur menghasilkan rata-rata capaian kinerja sebesar 95,00% dengan predikat "Sangat Berhasil".',
    );
    expect(
      kalimatCapaianSasaran({
        sasaran: "S",
        terukur: 3,
        tanpa: [{ nama: "Jumlah PMKS", sebab: "realisasi" }],
        rataRata: 118.58,
        predikat: "Sangat Berhasil",
        decimals: 2,
      }),
    ).toBe(
      'Hasil pengukuran capaian kinerja sasaran "S" dengan 3 (tiga) indikator terukur menghasilkan rata-rata capaian kinerja sebesar 118,58% dengan predikat "Sangat Berhasil". 1 (satu) indikator belum memiliki realisasi (Jumlah PMKS) dan tidak ikut dirata-ratakan.',
    );
    expect(
      kalimatCapaianSasaran({
        sasaran: "S",
        terukur: 0,
        tanpa: [
          { nama: "A", sebab: "target" },
          { nama: "B", sebab: "lain", alasan: "Target 0: capaian tidak dapat dihitung." },
        ],
        rataRata: null,
        predikat: null,
        decimals: 2,
      }),
    ).toBe(
      'Capaian kinerja sasaran "S" belum dapat dihitung karena belum ada indikator terukur. 1 (satu) indikator belum memiliki target (A) dan 1 (satu) indikator capaiannya tidak dapat dihitung (B: Target 0: capaian tidak dapat dihitung) dan tidak ikut dirata-ratakan.',
    );
  });

  it("counts a capaian of 99,996 (shown 100,00) as meeting the target", () => {
    const s = kalimatTargetIndikator(
      [
        { nama: "A", satuan: "%", target: 10, realisasi: 9.9996, capaian: 99.996, alasan: null, decimalsNilai: 2 },
        { nama: "B", satuan: "unit", target: 4, realisasi: 5, capaian: 125, alasan: null, decimalsNilai: 0 },
      ],
      2,
    );
    expect(s).toEqual([
      "Seluruh indikator mencapai atau melampaui target: A (target 10,00%, realisasi 10,00%, capaian 100,00%) dan B (target 4 unit, realisasi 5 unit, capaian 125,00%).",
    ]);
  });

  it("reads a change against polaritas: a lower Angka Kemiskinan is better", () => {
    expect(
      kalimatPerubahan({
        nama: "Angka Kemiskinan",
        satuan: "%",
        polaritas: "negatif",
        tahun: 2021,
        nilai: 19.2,
        tahunLalu: 2020,
        nilaiLalu: 20.18,
        selisih: 19.2 - 20.18,
        decimals: 2,
      }),
    ).toBe(
      "Realisasi indikator Angka Kemiskinan tahun 2021 sebesar 19,20%, turun 0,98 poin dibandingkan tahun 2020 (20,18%). Untuk indikator ini semakin kecil semakin baik, sehingga kinerja tahun 2021 membaik dibandingkan tahun 2020.",
    );
    expect(
      kalimatPerubahan({
        nama: "Jumlah PMKS",
        satuan: "orang",
        polaritas: "negatif",
        tahun: 2020,
        nilai: 197465,
        tahunLalu: 2019,
        nilaiLalu: 197465,
        selisih: 0,
        decimals: 0,
      }),
    ).toBe(
      "Realisasi indikator Jumlah PMKS tahun 2020 sebesar 197.465 orang, tetap (tidak berubah) dibandingkan tahun 2019 (197.465 orang).",
    );
    expect(
      kalimatPerubahan({
        nama: "Jumlah KUBE",
        satuan: "kelompok",
        polaritas: "positif",
        tahun: 2020,
        nilai: 1500,
        tahunLalu: 2019,
        nilaiLalu: 1200,
        selisih: 300,
        decimals: 0,
      }),
    ).toContain(
      "naik 300 kelompok dibandingkan tahun 2019 (1.200 kelompok). Untuk indikator ini semakin besar semakin baik, sehingga kinerja tahun 2020 membaik",
    );
  });

  it("says what is left of the end target, or that it is reached", () => {
    const base = {
      nama: "X",
      satuan: "%",
      tahun: "2020",
      realisasi: 40,
      targetAkhir: 50,
      labelTarget: "target akhir Renstra",
      decimalsNilai: 2,
      decimals: 2,
    };
    expect(kalimatTargetAkhir({ ...base, capaian: 80, sisa: 20 })).toBe(
      "Realisasi indikator X sampai dengan tahun 2020 sebesar 40,00%, sedangkan target akhir Renstra sebesar 50,00%. Capaian terhadap target akhir periode sebesar 80,00%. Sisa capaian kinerja yang harus dicapai pada tahun-tahun berikutnya sebesar 20,00%.",
    );
    expect(kalimatTargetAkhir({ ...base, capaian: 100, sisa: 0 })).toMatch(
      /sebesar 100,00%, sehingga target akhir periode telah tercapai\.$/,
    );
    expect(kalimatTargetAkhir({ ...base, capaian: null, sisa: null })).toMatch(/tidak dapat dihitung\.$/);
  });

  it("says a missing realisasi is not yet available, not that it is 'sebesar belum tersedia'", () => {
    expect(kalimatTargetAkhir({ ...END, realisasi: null, capaian: null, sisa: null })).toBe(
      "Realisasi indikator X sampai dengan tahun 2020 belum tersedia, sedangkan target akhir Renstra sebesar 50,00%. Capaian terhadap target akhir tidak dapat dihitung.",
    );
  });

  it("does not call an end target reached when no sisa is given and the capaian is under 100 as shown", () => {
    expect(kalimatTargetAkhir({ ...END, capaian: 80, sisa: null })).toBe(
      "Realisasi indikator X sampai dengan tahun 2020 sebesar 40,00%, sedangkan target akhir Renstra sebesar 50,00%. Capaian terhadap target akhir periode sebesar 80,00%.",
    );
    expect(kalimatTargetAkhir({ ...END, capaian: 99.994, sisa: null })).not.toMatch(/telah tercapai/);
    expect(kalimatTargetAkhir({ ...END, capaian: 99.995, sisa: null })).toMatch(
      /sebesar 100,00%, sehingga target akhir periode telah tercapai\.$/,
    );
    // With a sisa, as before: 0,004 left is shown 0,00, so reached.
    expect(kalimatTargetAkhir({ ...END, capaian: 99.996, sisa: 0.004 })).toMatch(/telah tercapai\.$/);
  });

  it("names the figure of the 'sisa' mode as the table and its rule do: efisiensi anggaran", () => {
    const s = kalimatEfisiensi({
      sasaran: "S",
      tahun: "2020",
      rataRata: 8.12,
      indikator: [{ nama: "A", nilai: 8.12 }],
      efisien: true,
      mode: "sisa",
      decimals: 2,
    });
    expect(s[0]).toBe(
      'Pada tahun 2020, efisiensi anggaran sasaran "S" sebesar 8,12%. Sasaran ini didukung 1 (satu) indikator terukur dengan rincian indikator A sebesar 8,12%.',
    );
    expect(s[1]).toBe(
      'Dengan demikian sasaran "S" dicapai secara efisien (efisiensi anggaran = 100% − penyerapan anggaran; efisien bila target kinerja tercapai).',
    );
  });

  it("says whether a sasaran was reached efficiently, per efisiensi mode", () => {
    const s = kalimatEfisiensi({
      sasaran: "S",
      tahun: "2020",
      rataRata: -3.5,
      indikator: [{ nama: "A", nilai: -3.5 }],
      efisien: false,
      mode: "selisih",
      decimals: 2,
    });
    expect(s[0]).toBe(
      'Pada tahun 2020, tingkat efisiensi sasaran "S" sebesar -3,50%. Sasaran ini didukung 1 (satu) indikator terukur dengan rincian indikator A sebesar -3,50%.',
    );
    expect(s[1]).toMatch(/^Dengan demikian sasaran "S" belum dicapai secara efisien/);
    const i = kalimatEfisiensi({
      sasaran: "S",
      tahun: "2020",
      rataRata: 1.25,
      indikator: [{ nama: "A", nilai: 1.25 }],
      efisien: true,
      mode: "indeks",
      decimals: 2,
    });
    expect(i[0]).toContain('indeks efisiensi sasaran "S" sebesar 1,25.');
    expect(i[1]).toContain("dicapai secara efisien (indeks efisiensi = capaian kinerja ÷ penyerapan anggaran");
  });

  it("states budget totals and the highest and lowest penyerapan", () => {
    expect(
      kalimatTotalAnggaran(
        { instansi: "Dinas X", tahun: "2020", anggaran: 1000, realisasi: 925, penyerapan: 92.5, sisa: 75, decimals: 2 },
        "belanja",
      ),
    ).toBe(
      "Jumlah anggaran belanja Dinas X tahun 2020 sebesar Rp 1.000 dengan realisasi Rp 925 atau penyerapan sebesar 92,50%. Sisa anggaran sebesar Rp 75.",
    );
    expect(
      kalimatPenyerapanTertinggiTerendah(
        [
          { nama: "Program A", penyerapan: 90 },
          { nama: "Program B", penyerapan: 99.5 },
          { nama: "Program C", penyerapan: 70.125 },
        ],
        null,
        2,
      ),
    ).toBe(
      "Penyerapan anggaran tertinggi terdapat pada Program B sebesar 99,50%, dan terendah pada Program C sebesar 70,13%.",
    );
    expect(kalimatPenyerapanTertinggiTerendah([{ nama: "Program A", penyerapan: 90 }], null, 2)).toBeNull();
  });
});
