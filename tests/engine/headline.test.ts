/**
 * The headline (capaian keseluruhan, by sasaran): a sasaran written in two parts on one sheet, with another sasaran
 * between them, counts once with the indicators of both parts; the same sasaran on a second sheet is not counted
 * again.
 */
import { analyze } from "../../src/core/engine";
import { roundHalfAway } from "../../src/core/numbers";
import { DEFAULT_SETTINGS } from "../../src/core/settings/settings";
import { sheet, workbook } from "../support/snapshot";

const HEAD = [["PENGUKURAN KINERJA TAHUN 2023"], [], ["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi"]];

test("a sasaran in two parts on one sheet counts once, with all its indicators", () => {
  const iku = sheet("IKU", [
    ...HEAD,
    [1, "Meningkatnya kualitas layanan", "Indeks kepuasan masyarakat", 80, 88],
    [null, null, "Persentase layanan tepat waktu", 90, 81],
    [2, "Meningkatnya akuntabilitas", "Nilai SAKIP", 70, 70],
    [3, "Meningkatnya kualitas layanan", "Jumlah inovasi layanan", 4, 6],
  ]);
  const pk = sheet("PK", [...HEAD, [1, "Meningkatnya kualitas layanan", "Indeks kepuasan masyarakat", 80, 40]]);
  const a = analyze(workbook([iku, pk]), DEFAULT_SETTINGS);
  const cap = (nama: string) => roundHalfAway(a.indikator.find((h) => h.row.nama === nama)!.capaian.value!, 2);
  expect([
    cap("Indeks kepuasan masyarakat"),
    cap("Persentase layanan tepat waktu"),
    cap("Jumlah inovasi layanan"),
  ]).toEqual([110, 90, 150]);
  // Layanan: (110 + 90 + 150) / 3 = 116,67; akuntabilitas 100; the headline is their mean. The PK sheet's
  // second reading of the same sasaran is not counted again.
  expect(roundHalfAway(a.capaianKeseluruhan.value!, 2)).toBe(roundHalfAway((350 / 3 + 100) / 2, 2));
});
