/**
 * The bad-input corpus (issue 9 item 4, issue 13): awkward files a new user may give the command line,
 * generated here (nothing binary is committed). Each entry is a file name and its bytes, or a folder.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";

export interface BadInput {
  name: string;
  /** What it is, for the test's title. */
  what: string;
  bytes?: Uint8Array;
  /** A folder of that name instead of a file. */
  folder?: boolean;
  /**
   * true: the tool reads it (exit 0, check 0 or 1); false: it refuses it (exit 2); "either": reading it or
   * refusing it with one clear line are both right (a host may not support it yet).
   */
  readable: boolean | "either";
  /** A known fault owned elsewhere (named in the report), left out of the assertions until it is fixed. */
  known?: string;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A minimal OLE compound file header with a stream name inside, as Excel writes for a password. */
function oleContainer(streamNames: string[]): Uint8Array {
  const b = new Uint8Array(4096);
  b.set(OLE, 0);
  b.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 0x18);
  let at = 1024;
  for (const n of streamNames) {
    for (let i = 0; i < n.length; i++) {
      b[at + i * 2] = n.charCodeAt(i);
      b[at + i * 2 + 1] = 0;
    }
    at += 128;
  }
  return b;
}

const text = (s: string) => new TextEncoder().encode(s);

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A small budget sheet the engine recognises, rows 1-based as Excel shows them. */
function budget(ws: ExcelJS.Worksheet, rows = 4): void {
  ws.addRow(["LAPORAN REALISASI ANGGARAN TAHUN 2023"]);
  ws.addRow([]);
  ws.addRow(["Kode", "Uraian", "Anggaran", "Realisasi", "%"]);
  ws.addRow(["", "JUMLAH", 100 * rows, 90 * rows]);
  for (let i = 1; i <= rows; i++) ws.addRow([`1.02.01.2.01.${String(i).padStart(2, "0")}`, `Kegiatan ${i}`, 100, 90]);
}

/** An indicator sheet the engine recognises. */
function iku(ws: ExcelJS.Worksheet): void {
  ws.addRow(["No", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"]);
  ws.addRow([1, "Meningkatnya pelayanan sosial", "Persentase PMKS tertangani", "%", 80, 76]);
  ws.addRow([2, "Meningkatnya pelayanan sosial", "Persentase bantuan tepat sasaran", "%", 90, 95]);
}

async function rezip(bytes: Uint8Array, edit: (zip: JSZip) => Promise<void> | void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await edit(zip);
  return zip.generateAsync({ type: "uint8array" });
}

export async function buildCorpus(): Promise<BadInput[]> {
  const good = await xlsx((wb) => {
    budget(wb.addWorksheet("LRA"));
    iku(wb.addWorksheet("IKU"));
  });
  const out: BadInput[] = [];
  const refuse = (name: string, what: string, bytes: Uint8Array) => out.push({ name, what, bytes, readable: false });
  const read = (name: string, what: string, bytes: Uint8Array) => out.push({ name, what, bytes, readable: true });
  const either = (name: string, what: string, bytes: Uint8Array) => out.push({ name, what, bytes, readable: "either" });

  // Not a workbook at all
  refuse("nol-byte.xlsx", "a zero-byte file", new Uint8Array(0));
  refuse("spasi.xlsx", "only white space", text("   \n\t "));
  refuse("teks.xlsx", "a text file renamed", text("Laporan anggaran 2023\nbelum diisi\n"));
  refuse("data.csv.xlsx", "a CSV renamed", text("Kode;Uraian;Anggaran;Realisasi\n1;Gaji;100;90\n"));
  refuse("data.csv", "a CSV", text("Kode,Uraian,Anggaran,Realisasi\n1,Gaji,100,90\n"));
  refuse(
    "halaman.xlsx",
    "an HTML table saved as Excel",
    text("<html><body><table><tr><td>1</td></tr></table></body></html>"),
  );
  refuse("gambar.xlsx", "a PNG renamed", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  refuse("dokumen.xlsx", "a PDF renamed", text("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"));
  refuse(
    "arsip.xlsx",
    "a gzip renamed",
    new Uint8Array([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
  );
  refuse("utf16.xlsx", "UTF-16 text renamed", new Uint8Array([0xff, 0xfe, 0x41, 0, 0x42, 0]));
  refuse("buku.xls", "an old .xls (OLE)", oleContainer(["Workbook", "SummaryInformation"]));
  refuse("buku-xls.xlsx", "an old .xls renamed .xlsx", oleContainer(["Workbook"]));
  refuse(
    "sandi.xlsx",
    "an .xlsx encrypted with a password (OLE container)",
    oleContainer(["EncryptionInfo", "EncryptedPackage"]),
  );
  refuse("tanpa-akhiran", "a workbook without extension", good);
  refuse(
    "buku.ods",
    "an OpenDocument spreadsheet",
    await (async () => {
      const z = new JSZip();
      z.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
      z.file("content.xml", "<office:document-content/>");
      return z.generateAsync({ type: "uint8array" });
    })(),
  );
  refuse("ods.xlsx", "an OpenDocument spreadsheet renamed .xlsx", out[out.length - 1].bytes as Uint8Array);
  refuse("biner.xlsb", "an .xlsb", await rezip(good, (z) => void z.file("xl/workbook.bin", new Uint8Array(16))));
  refuse(
    "biner.xlsx",
    "an .xlsb renamed .xlsx",
    await (async () => {
      const z = new JSZip();
      z.file(
        "[Content_Types].xml",
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      );
      z.file("xl/workbook.bin", new Uint8Array(64));
      return z.generateAsync({ type: "uint8array" });
    })(),
  );
  out.push({ name: "makro.xlsm", what: "an .xlsm (macro workbook)", bytes: good, readable: "either" });
  refuse("terpotong.xlsx", "a workbook cut in half", good.subarray(0, Math.floor(good.length / 2)));
  refuse("terpotong-awal.xlsx", "only the first 100 bytes of a workbook", good.subarray(0, 100));
  refuse(
    "zip-lain.xlsx",
    "a zip of something else",
    await (async () => {
      const z = new JSZip();
      z.file("catatan.txt", "halo");
      return z.generateAsync({ type: "uint8array" });
    })(),
  );
  refuse("zip-kosong.xlsx", "an empty zip", await new JSZip().generateAsync({ type: "uint8array" }));
  refuse(
    "tanpa-workbook.xlsx",
    "a package without xl/workbook.xml",
    await rezip(good, (z) => void z.remove("xl/workbook.xml")),
  );
  const flipped = new Uint8Array(good);
  for (let i = 200; i < flipped.length - 200; i += 97) flipped[i] ^= 0xff;
  refuse("rusak-acak.xlsx", "a workbook with bytes flipped", flipped);
  out.push({ name: "folder.xlsx", what: "a folder named .xlsx", folder: true, readable: false });

  // Workbooks that are valid but awkward: read them, or refuse them with one clear line
  read("baik.xlsx", "a plain good workbook", good);
  read("BESAR.XLSX", "upper-case extension", good);
  read("kosong.xlsx", "a workbook with one empty sheet", await xlsx((wb) => void wb.addWorksheet("Sheet1")));
  read(
    "judul-saja.xlsx",
    "headers without data",
    await xlsx((wb) => {
      wb.addWorksheet("LRA").addRow(["Kode", "Uraian", "Anggaran", "Realisasi"]);
    }),
  );
  read(
    "200-lembar.xlsx",
    "200 sheets",
    await xlsx((wb) => {
      for (let i = 1; i <= 200; i++) {
        const ws = wb.addWorksheet(`Lembar ${i}`);
        if (i % 50 === 0) budget(ws, 2);
        else ws.addRow([`isi ${i}`]);
      }
    }),
  );
  read(
    "sel-jauh.xlsx",
    "a formatted empty cell at XFD1048576",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("LRA");
      budget(ws);
      ws.getCell("XFD1048576").numFmt = "#,##0";
    }),
  );
  read(
    "sel-jauh-isi.xlsx",
    "a value far away at Z5000",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("LRA");
      budget(ws);
      ws.getCell("Z5000").value = "catatan";
    }),
  );
  read(
    "teks-panjang.xlsx",
    "32,767-character strings",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("LRA");
      budget(ws);
      ws.getCell("B6").value = "x".repeat(32_767);
      ws.getCell("F5").value = "y".repeat(32_767);
    }),
  );
  read(
    "galat.xlsx",
    "error values in amounts",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("LRA");
      budget(ws);
      ws.getCell("C5").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
      ws.getCell("D6").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      ws.getCell("D7").value = { formula: "1/0", result: { error: "#DIV/0!" } } as unknown as ExcelJS.CellFormulaValue;
    }),
  );
  read(
    "rumus-bersama.xlsx",
    "shared formulas",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("LRA");
      budget(ws);
      ws.getCell("D5").value = { formula: "C5*0.9", result: 90 };
      for (const r of [6, 7, 8])
        ws.getCell(`D${r}`).value = { sharedFormula: "D5", result: 90 } as ExcelJS.CellSharedFormulaValue;
    }),
  );
  read(
    "rumus-larik.xlsx",
    "an array formula",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("LRA");
      budget(ws);
      ws.fillFormula("E5:E8", "D5/C5*100", [90, 90, 90, 90]);
      ws.getCell("G1").value = {
        formula: "SUM(C5:C8*1)",
        result: 400,
        shareType: "array",
        ref: "G1",
      } as unknown as ExcelJS.CellFormulaValue;
    }),
  );
  read(
    "rumus-tanpa-nilai.xlsx",
    "formulas saved without a value",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("LRA");
      budget(ws);
      ws.getCell("C4").value = { formula: "SUM(C5:C8)" } as ExcelJS.CellFormulaValue;
      ws.getCell("D5").value = { formula: "C5*0.9" } as ExcelJS.CellFormulaValue;
      ws.getCell("D6").value = { formula: "VLOOKUP(A6,X!A:B,2,FALSE)" } as ExcelJS.CellFormulaValue;
    }),
  );
  read(
    "tabel.xlsx",
    "a table object",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("LRA");
      ws.addTable({
        name: "Anggaran",
        ref: "A1",
        headerRow: true,
        columns: [{ name: "Kode" }, { name: "Uraian" }, { name: "Anggaran" }, { name: "Realisasi" }],
        rows: [
          ["1.02.01.2.01.01", "Gaji", 100, 90],
          ["1.02.01.2.01.02", "ATK", 200, 150],
        ],
      });
    }),
  );
  read(
    "terlindungi.xlsx",
    "a protected sheet",
    await (async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("LRA");
      budget(ws);
      await ws.protect("rahasia", { selectLockedCells: true });
      return new Uint8Array(await wb.xlsx.writeBuffer());
    })(),
  );
  read(
    "suntikan.xlsx",
    "formula-injection text",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("LRA");
      budget(ws);
      ws.getCell("B5").value = '=HYPERLINK("http://contoh","klik")';
      ws.getCell("B6").value = "+62 812 3456";
      ws.getCell("B7").value = "-Belanja pegawai";
      ws.getCell("B8").value = "@SUM(C5:C8)";
      ws.getCell("F5").value = "=1+1";
    }),
  );
  read(
    "tanggal.xlsx",
    "dates in amounts",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("LRA");
      budget(ws);
      ws.getCell("C5").value = new Date(Date.UTC(2023, 2, 1));
      ws.getCell("D6").value = new Date(Date.UTC(2023, 11, 31));
    }),
  );
  read(
    "teks-angka.xlsx",
    "amounts as Indonesian text",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("LRA");
      budget(ws);
      ws.getCell("C5").value = "Rp 1.250.000,50";
      ws.getCell("D5").value = "1.000.000";
      ws.getCell("C6").value = "seratus";
    }),
  );
  read(
    "negatif.xlsx",
    "negative and huge amounts",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("LRA");
      budget(ws);
      ws.getCell("C5").value = -100;
      ws.getCell("C6").value = 1e300;
      ws.getCell("D7").value = 1e-300;
    }),
  );
  read(
    "boolean.xlsx",
    "booleans in amounts",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("LRA");
      budget(ws);
      ws.getCell("C5").value = true;
      ws.getCell("D6").value = false;
    }),
  );
  read(
    "gabung.xlsx",
    "merged cells across the table",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("LRA");
      budget(ws);
      ws.mergeCells("A1:E2");
      ws.mergeCells("C5:D6");
      ws.mergeCells("A7:A8");
    }),
  );
  read(
    "tersembunyi.xlsx",
    "only hidden and very hidden sheets but one",
    await xlsx((wb) => {
      const a = wb.addWorksheet("LRA");
      budget(a);
      a.state = "hidden";
      const b = wb.addWorksheet("IKU");
      iku(b);
      b.state = "veryHidden";
      wb.addWorksheet("Depan").addRow(["Sampul"]);
    }),
  );
  read(
    "nama-aneh.xlsx",
    "sheet names with quotes, unicode and 31 characters",
    await xlsx((wb) => {
      budget(wb.addWorksheet("Rek'ening (2023) – Dinas"));
      iku(wb.addWorksheet("ÍKU ✓ sasaran strategis 2023ab".slice(0, 31)));
    }),
  );
  read(
    "lembar-lkjip.xlsx",
    "a sheet that looks like the tool's own state sheet",
    await xlsx((wb) => {
      budget(wb.addWorksheet("LRA"));
      wb.addWorksheet("_lkjip_state").getCell("A1").value = "{bukan json";
    }),
  );
  // Refused: every figure depends on the settings, so the command line does not guess them; the message says
  // which stored setting is wrong and how to give the right one (--settings, or the pane's Pengaturan).
  refuse(
    "status-rusak.xlsx",
    "a state sheet with JSON of the wrong shape",
    await xlsx((wb) => {
      budget(wb.addWorksheet("LRA"));
      const s = wb.addWorksheet("_lkjip_state");
      s.getCell("A1").value = JSON.stringify({ version: 1, settings: { tahun: "dua ribu" }, undo: [{ kind: "x" }] });
      s.state = "veryHidden";
    }),
  );
  read(
    "banyak-kolom.xlsx",
    "a header row 300 columns wide",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("LRA");
      budget(ws);
      for (let c = 6; c <= 300; c++) ws.getRow(3).getCell(c).value = `Kolom ${c}`;
    }),
  );
  read(
    "baris-kosong.xlsx",
    "blank rows between data rows",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("LRA");
      budget(ws);
      ws.spliceRows(6, 0, [], [], []);
    }),
  );
  read(
    "dua-tabel.xlsx",
    "two tables on one sheet",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("LRA");
      budget(ws);
      ws.addRow([]);
      ws.addRow(["No", "Sasaran", "Indikator", "Target", "Realisasi"]);
      ws.addRow([1, "S", "I", 10, 9]);
    }),
  );
  read(
    "kode-angka.xlsx",
    "budget codes stored as numbers",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("LRA");
      budget(ws);
      ws.getCell("A5").value = 1.02;
      ws.getCell("A6").value = 102012;
    }),
  );
  read(
    "target-teks.xlsx",
    "targets written as text with units",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("IKU");
      iku(ws);
      ws.getCell("E2").value = "80 %";
      ws.getCell("E3").value = "WTP";
    }),
  );
  read(
    "keluaran-terisi.xlsx",
    "output cells already holding text and white space",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("IKU");
      iku(ws);
      ws.getCell("G2").value = "sudah dihitung";
      ws.getCell("G3").value = "   ";
    }),
  );
  read(
    "format-persen.xlsx",
    "percent formats and fractions",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("IKU");
      iku(ws);
      ws.getCell("E2").value = 0.8;
      ws.getCell("E2").numFmt = "0.00%";
      ws.getCell("F2").value = 0.76;
      ws.getCell("F2").numFmt = "0%";
    }),
  );
  read(
    "hyperlink.xlsx",
    "hyperlinks and rich text in cells",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("LRA");
      budget(ws);
      ws.getCell("B5").value = { text: "Gaji", hyperlink: "http://contoh" };
      ws.getCell("B6").value = { richText: [{ text: "Alat " }, { font: { bold: true }, text: "Tulis" }] };
    }),
  );
  read(
    "komentar.xlsx",
    "cell notes and data validation",
    await xlsx((wb) => {
      const ws = wb.addWorksheet("LRA");
      budget(ws);
      ws.getCell("C5").note = "periksa";
      ws.getCell("D5").dataValidation = { type: "decimal", operator: "greaterThan", formulae: [0], allowBlank: true };
    }),
  );
  either(
    "strict.xlsx",
    "a Strict OOXML workbook",
    await rezip(good, async (z) => {
      for (const f of Object.keys(z.files)) {
        if (!f.endsWith(".xml") && !f.endsWith(".rels")) continue;
        const s = await z.file(f)!.async("string");
        z.file(
          f,
          s
            .replace(
              /http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g,
              "http://purl.oclc.org/ooxml/spreadsheetml/main",
            )
            .replace(
              /http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g,
              "http://purl.oclc.org/ooxml/officeDocument/relationships",
            ),
        );
      }
    }),
  );
  read("tanpa-gaya.xlsx", "a workbook without styles.xml", await rezip(good, (z) => void z.remove("xl/styles.xml")));
  read(
    "tanpa-shared.xlsx",
    "a workbook with inline strings",
    await rezip(good, async (z) => {
      // inline strings instead of the shared-string table, as some writers do
      const sst = await z.file("xl/sharedStrings.xml")?.async("string");
      if (!sst) return;
      const strings = [...sst.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
      for (const f of Object.keys(z.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
        const s = await z.file(f)!.async("string");
        z.file(
          f,
          s.replace(
            /<c r="([A-Z]+\d+)"([^>]*?) t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
            (_m, r, a, b, i) => `<c r="${r}"${a} t="inlineStr"${b}><is><t>${strings[Number(i)]}</t></is></c>`,
          ),
        );
      }
    }),
  );
  return out;
}
