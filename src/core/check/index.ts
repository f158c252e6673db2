/**
 * Check: every figure in the workbook that disagrees with its inputs, every value that cannot be read, and
 * every guess recognition made (temuan). A printed figure is compared at the precision it was printed with:
 * 80,5 printed for 77,08 is a finding; 93,6 for 93,634 is not. A figure that an older report computed from
 * already-rounded figures (e.g. a mean of rounded capaian) is accepted too: it is not a slip.
 */
import { efisiensi as hitungEfisiensi, rataRata } from "../calc";
import type { Computation } from "../compute";
import { AnggaranTree, key } from "../compute";
import { pendapatanRows } from "../compute/pendapatan";
import { sisaArahOf, sisaTerbalik } from "../compute/sisa-arah";
import { pesan } from "../i18n/engine";
import type {
  AnggaranHasil,
  AnggaranRow,
  Computed,
  IndikatorHasil,
  Recognition,
  SisaArahChoice,
  Temuan,
} from "../model";
import { roundHalfAway } from "../numbers";
import type { Settings } from "../settings/settings";
import { parseA1 } from "../workbook/address";
import { checkPredikat, checkPrinted, checkReadable, decimalsOf, Findings, ref, show } from "./findings";

export { agreesAtPrintedPrecision } from "./findings";

/** Decimals a reading was printed with (plain integers count as 0), or the fallback when unknown. */
/** Efisiensi as an old report computes it: from capaian and penyerapan already rounded to `d` decimals. */
function efisiensiDariDibulatkan(h: IndikatorHasil, d: number, mode: Settings["efisiensi"]): number | null {
  if (h.capaian.value === null || h.penyerapan.value === null) return null;
  return hitungEfisiensi(roundHalfAway(h.capaian.value, d), roundHalfAway(h.penyerapan.value, d), mode).nilai.value;
}

function checkIndikator(f: Findings, h: IndikatorHasil, settings: Settings, measured: Set<string>): void {
  const r = h.row;
  const L = pesan.label;
  const flaggedT = checkReadable(f, r.sheet, L.target, r.target);
  const flaggedR = checkReadable(f, r.sheet, L.realisasi, r.realisasi);
  checkReadable(f, r.sheet, L.targetAkhir, r.targetAkhir);
  checkReadable(f, r.sheet, L.alokasi, r.alokasi);
  checkReadable(f, r.sheet, L.realisasiAnggaran, r.realisasiAnggaran);
  checkReadable(f, r.sheet, L.bobot, r.bobot);

  if (r.target && r.target.value === 0 && r.polaritas !== "range") {
    f.add(
      "target-nol",
      "warning",
      r.sheet,
      r.target.row,
      r.target.col,
      pesan.targetNol(r.nama, ref(r.sheet, r.target.row, r.target.col)),
    );
  } else if (h.capaian.value === null && h.capaian.reason && !flaggedT && !flaggedR && measured.has(r.sheet)) {
    // Only sheets that measure (have target and realisasi columns) owe a capaian; a PK sheet does not.
    const at = r.target ?? r.realisasi;
    f.add(
      "capaian-tak-terhitung",
      "warning",
      r.sheet,
      at ? at.row : r.row,
      at ? at.col : 0,
      pesan.capaianTakTerhitung(r.nama, h.capaian.reason),
    );
  }

  const d = settings.desimal;
  const t = r.target?.value;
  const re = r.realisasi?.value;
  checkPrinted(
    f,
    r.sheet,
    "capaian",
    L.capaian,
    r.nama,
    r.printed.capaian,
    h.capaian,
    null,
    () =>
      pesan.dasar.capaian(
        show(t ?? 0, decimalsOf(r.target, d)),
        show(re ?? 0, decimalsOf(r.realisasi, d)),
        r.polaritas,
      ),
    settings,
  );
  checkPredikat(f, r.sheet, r.nama, r.printedPredikat, h.predikat, h.capaian.value, settings);
  checkPrinted(
    f,
    r.sheet,
    "penyerapan",
    L.penyerapan,
    r.nama,
    r.printed.penyerapan,
    h.penyerapan,
    null,
    () => pesan.dasar.penyerapan(show(r.alokasi?.value ?? 0, 0), show(r.realisasiAnggaran?.value ?? 0, 0)),
    settings,
  );
  const altEff = efisiensiDariDibulatkan(h, d, settings.efisiensi);
  checkPrinted(
    f,
    r.sheet,
    "efisiensi",
    L.efisiensi,
    r.nama,
    r.printed.efisiensi,
    h.efisiensi,
    altEff,
    () => pesan.dasar.efisiensi(show(h.capaian.value ?? 0, d), show(h.penyerapan.value ?? 0, d), settings.efisiensi),
    settings,
  );
  const ta = r.targetAkhir?.value;
  checkPrinted(
    f,
    r.sheet,
    "capaianAkhir",
    L.capaianAkhir,
    r.nama,
    r.printed.capaianAkhir,
    h.capaianAkhir,
    null,
    () =>
      pesan.dasar.capaian(
        show(ta ?? 0, decimalsOf(r.targetAkhir, d)),
        show(re ?? 0, decimalsOf(r.realisasi, d)),
        r.polaritas,
      ),
    settings,
  );

  const a = r.alokasi?.value;
  // A negative anggaran (a defisit, a net financing line) has no overrun: -4,9 M against -20,5 M is not "more".
  if (a != null && a >= 0 && r.realisasiAnggaran?.value != null && r.realisasiAnggaran.value > a) {
    f.add(
      "realisasi-melebihi-anggaran",
      "warning",
      r.sheet,
      r.realisasiAnggaran.row,
      r.realisasiAnggaran.col,
      pesan.realisasiLebih(
        r.nama,
        ref(r.sheet, r.realisasiAnggaran.row, r.realisasiAnggaran.col),
        show(r.realisasiAnggaran.value, 0),
        show(a, 0),
      ),
    );
  }
}

function checkAnggaran(
  f: Findings,
  h: AnggaranHasil,
  tree: AnggaranTree,
  hasil: Map<AnggaranRow, AnggaranHasil>,
  settings: Settings,
  pendapatan: Set<AnggaranRow>,
  sisaArah: SisaArahChoice | undefined,
): void {
  const r = h.row;
  const L = pesan.label;
  checkReadable(f, r.sheet, L.anggaran, r.anggaran);
  checkReadable(f, r.sheet, L.realisasiAnggaran, r.realisasi);
  const children = tree.children(r);
  const kids = children.length === 0 ? [] : children.map((c) => hasil.get(c)).filter((c): c is AnggaranHasil => !!c);
  if (kids.length > 0) {
    for (const [label, own, sumOf] of [
      [L.anggaran, r.anggaran, (k: AnggaranHasil) => k.anggaran],
      [L.realisasiAnggaran, r.realisasi, (k: AnggaranHasil) => k.realisasi],
    ] as const) {
      if (!own || own.value === null) continue;
      const vals = kids.map(sumOf).filter((v): v is number => v !== null);
      if (vals.length === 0) continue;
      const s = vals.reduce((x, y) => x + y, 0);
      const d = Math.max(decimalsOf(own, 0), 0);
      if (roundHalfAway(own.value, d) !== roundHalfAway(s, d)) {
        f.add(
          "subtotal-beda",
          "error",
          r.sheet,
          own.row,
          own.col,
          pesan.subtotalBeda(
            label,
            r.uraian,
            ref(r.sheet, own.row, own.col),
            show(own.value, d),
            show(s, d),
            show(own.value - s, d),
          ),
        );
      }
    }
  }
  checkPrinted(
    f,
    r.sheet,
    "penyerapan",
    L.penyerapan,
    r.uraian,
    r.printed.penyerapan,
    h.penyerapan,
    null,
    () => pesan.dasar.penyerapan(show(h.anggaran ?? 0, 0), show(h.realisasi ?? 0, 0)),
    settings,
  );
  // A "Lebih/(Kurang)" column is compared under the sign its values show, revenue rows under their own (more
  // income than planned is "lebih"); revenue rows that show none accept either sign.
  const revenue = pendapatan.has(r);
  const terbalik = sisaTerbalik(sisaArah, revenue);
  const sisa: Computed = terbalik && h.sisa.value !== null ? { value: 0 - h.sisa.value, reason: null } : h.sisa;
  const eitherSign = revenue && sisaArah?.pendapatan.from === "bawaan";
  const sisaLain = eitherSign && sisa.value !== null ? 0 - sisa.value : null;
  checkPrinted(
    f,
    r.sheet,
    "sisa",
    L.sisa,
    r.uraian,
    r.printed.sisa,
    sisa,
    sisaLain,
    () => (terbalik ? pesan.dasar.sisaTerbalik : pesan.dasar.sisa)(show(h.anggaran ?? 0, 0), show(h.realisasi ?? 0, 0)),
    settings,
  );
  if (
    kids.length === 0 &&
    !pendapatan.has(r) &&
    r.anggaran?.value != null &&
    r.anggaran.value >= 0 &&
    r.realisasi?.value != null &&
    r.realisasi.value > r.anggaran.value
  ) {
    f.add(
      "realisasi-melebihi-anggaran",
      "warning",
      r.sheet,
      r.realisasi.row,
      r.realisasi.col,
      pesan.realisasiLebih(
        r.uraian,
        ref(r.sheet, r.realisasi.row, r.realisasi.col),
        show(r.realisasi.value, 0),
        show(r.anggaran.value, 0),
      ),
    );
  }
}

/** `sisaArah`: the printed "Lebih/(Kurang)" columns and their sign (compute/sisa-arah.ts, decided by analyze). */
export function check(
  recognition: Recognition,
  computation: Computation,
  settings: Settings,
  sisaArah: SisaArahChoice[] = [],
): Temuan[] {
  const f = new Findings();
  const d = settings.desimal;
  const measured = new Set(
    recognition.layouts
      .filter(
        (l) =>
          l.columns.some((c) => c.role === "target" && !c.added) &&
          l.columns.some((c) => c.role === "realisasi" && !c.added),
      )
      .map((l) => l.sheet),
  );
  for (const h of computation.indikator) checkIndikator(f, h, settings, measured);

  const byRow = new Map(computation.indikator.map((h) => [key(h.row.sheet, h.row.row), h]));
  recognition.sasaran.forEach((g, i) => {
    const s = computation.sasaran[i];
    const members = g.rows.map((r) => byRow.get(key(g.sheet, r))).filter((m): m is IndikatorHasil => !!m);
    const rounded = (c: Computed) => (c.value === null ? null : roundHalfAway(c.value, d));
    const altCapaian = rataRata(members.map((m) => rounded(m.capaian))).value;
    checkPrinted(
      f,
      g.sheet,
      "capaian",
      pesan.label.rataRataCapaian,
      g.nama,
      g.printed.capaian,
      s.capaian,
      altCapaian,
      () => pesan.dasar.rataRata(members.length),
      settings,
    );
    checkPredikat(f, g.sheet, g.nama, g.printedPredikat, s.predikat, s.capaian.value, settings);
    const altEff = rataRata(
      members.map((m) => {
        const e = efisiensiDariDibulatkan(m, d, settings.efisiensi);
        return e === null ? null : roundHalfAway(e, d);
      }),
    ).value;
    checkPrinted(
      f,
      g.sheet,
      "efisiensi",
      pesan.label.rataRataEfisiensi,
      g.nama,
      g.printed.efisiensi,
      s.efisiensi,
      altEff,
      () => pesan.dasar.rataRata(members.length),
      settings,
    );
  });

  const hasil = new Map(computation.anggaran.map((h) => [h.row, h]));
  const tree = AnggaranTree.of(recognition.anggaran);
  const pendapatan = pendapatanRows(recognition.anggaran, tree);
  for (const h of computation.anggaran)
    checkAnggaran(f, h, tree, hasil, settings, pendapatan, sisaArahOf(sisaArah, h.row.sheet));

  for (const g of recognition.guesses) {
    const { row, col } = parseA1(g.cell.split(":")[0]);
    const about = g.about.replace(/[^a-z]+/gi, "-").toLowerCase();
    // A warning (a missing role, a sheet with no table we know, a role read against its header) or a guess
    // made with little to go by is a peringatan; an ordinary guess is a note.
    if (g.peringatan || g.confidence === "rendah")
      f.add(
        `peringatan-${g.about
          .replace(/([a-z])([A-Z])/g, "$1-$2")
          .replace(/[^a-z]+/gi, "-")
          .toLowerCase()}`,
        "warning",
        g.sheet,
        row,
        col,
        pesan.peringatan(g.reason),
        g.fix === "pengaturan" ? "pengaturan" : undefined,
      );
    else
      f.add(
        `tebakan-${about}`,
        "info",
        g.sheet,
        row,
        col,
        g.fix === "pengaturan" ? pesan.tebakanPengaturan(g.reason) : pesan.tebakan(g.reason),
        g.fix === "pengaturan" ? "pengaturan" : undefined,
      );
  }
  return f.list;
}
