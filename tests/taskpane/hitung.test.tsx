/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { FillResult, LeftAlone } from "../../src/core/engine";
import { fillSummary } from "../../src/core/fill/summary";
import type { FillSummary } from "../../src/taskpane/state/controller";
import { BatalkanView } from "../../src/taskpane/views/BatalkanView";
import { HitungView } from "../../src/taskpane/views/HitungView";

/**
 * The open confirmation dialog. In jsdom, Tabster (Fluent's focus manager) may mark the dialog itself
 * aria-hidden until its modal focus trap activates, which happens on a timer; so it is looked up including
 * hidden elements. Its accessibility in a real browser is checked by the Chromium tests (axe-core).
 */
const openDialog = () => screen.getByRole("alertdialog", { hidden: true });
const inDialog = (name: string) => within(openDialog()).getByRole("button", { name, hidden: true });

const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

const left = (sheet: string, cell: string, existing: string, wanted: string): LeftAlone => ({
  sheet,
  cell,
  kind: "beda",
  label: "Capaian",
  existing,
  wanted,
  existingFormula: null,
  formula: `IF(AND(ISNUMBER(E${cell.slice(1)}),ISNUMBER(F${cell.slice(1)})),F${cell.slice(1)}/E${cell.slice(1)}*100,"")`,
  description: "Realisasi ÷ Target × 100",
});

function result(leftAlone: LeftAlone[]): FillResult {
  return {
    plan: { ops: [] },
    mode: "rumus",
    force: false,
    written: [],
    formulas: Array.from({ length: 1234 }, (_, i) => ({ sheet: "IKU", cell: `G${i + 1}` })),
    values: [{ sheet: "LRA", cell: "E9", label: "Penyerapan", reason: "teks", input: "LRA!C15" }],
    sameValue: [{ sheet: "IKU", cell: "G2" }],
    unchanged: [],
    keptFormulas: [],
    leftAlone,
    overwritten: [],
    textInputs: [],
    converted: false,
    addedColumns: [],
    undo: [],
    temuan: [],
  };
}

function summaryOf(leftAlone: LeftAlone[]): FillSummary {
  return {
    mode: "rumus",
    force: false,
    cellsWritten: 1236,
    lines: fillSummary(result(leftAlone), "pane"),
    leftAlone,
    skipped: ["Grafik “Capaian” di lembar Tabel 3.1 dilewati."],
  };
}

const SUMMARY = summaryOf([
  left("IKU", "G4", "96,78", "95,84"),
  left("Realisasi Anggaran", "E20", "1.569,77", "1.669,77"),
]);

test("fill with formulas by default, no confirmation needed", () => {
  const onFill = jest.fn();
  wrap(<HitungView onFill={onFill} summary={null} disabled={false} />);
  fireEvent.click(screen.getByRole("button", { name: "Isi kolom hitungan" }));
  expect(onFill).toHaveBeenCalledWith({ mode: "rumus", force: false });
  fireEvent.click(screen.getByLabelText("Nilai hasil hitungan saja"));
  fireEvent.click(screen.getByRole("button", { name: "Isi kolom hitungan" }));
  expect(onFill).toHaveBeenLastCalledWith({ mode: "nilai", force: false });
});

test("overwriting asks first, naming how many cells were left alone last time", () => {
  const onFill = jest.fn();
  wrap(<HitungView onFill={onFill} summary={SUMMARY} disabled={false} />);
  fireEvent.click(screen.getByLabelText("Timpa juga sel yang isinya berbeda dari hitungan"));
  fireEvent.click(screen.getByRole("button", { name: "Isi kolom hitungan" }));
  expect(onFill).not.toHaveBeenCalled();
  const dialog = openDialog();
  expect(dialog.textContent).toContain("2 sel yang isinya berbeda dari hitungan akan ditimpa");
  fireEvent.click(inDialog("Jangan"));
  expect(onFill).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole("button", { name: "Isi kolom hitungan" }));
  fireEvent.click(inDialog("Ya, timpa"));
  expect(onFill).toHaveBeenCalledWith({ mode: "rumus", force: true });
});

test("the summary heads with the cells left alone, in words, then says what was written and how", () => {
  const onSelect = jest.fn();
  wrap(<HitungView onFill={jest.fn()} summary={SUMMARY} disabled={false} onSelect={onSelect} />);
  const summary = screen.getByTestId("hitung-summary");
  const text = summary.textContent ?? "";
  expect(text.indexOf("2 sel dibiarkan karena isinya berbeda dari hitungan")).toBeLessThan(
    text.indexOf("1.234 sel diisi rumus"),
  );
  const items = within(screen.getByTestId("left-alone")).getAllByRole("listitem");
  expect(items.map((l) => l.textContent)).toEqual([
    "IKU!G4 (Capaian): tertulis 96,78, hitungan 95,84Hitungan: Realisasi ÷ Target × 100",
    "Realisasi Anggaran!E20 (Capaian): tertulis 1.569,77, hitungan 1.669,77Hitungan: Realisasi ÷ Target × 100",
  ]);
  // No formula text until asked for.
  expect(text).not.toContain("ISNUMBER");
  expect(text).toContain("1 sel diisi nilai, bukan rumus:");
  expect(text).toContain("LRA!E9 (Penyerapan): LRA!C15 berisi angka dalam bentuk teks");
  expect(text).toContain("1 sel diganti rumus, nilai tetap");
  expect(text).toContain("Grafik “Capaian”");
  fireEvent.click(screen.getByRole("button", { name: "Tampilkan rumus" }));
  expect(summary.textContent).toContain('=IF(AND(ISNUMBER(E4),ISNUMBER(F4)),F4/E4*100,"")');
  fireEvent.click(within(items[0]).getByRole("button"));
  expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ sheet: "IKU", cell: "G4" }));
});

test("one button overwrites the differing cells too, after a confirmation", () => {
  const onFill = jest.fn();
  wrap(<HitungView onFill={onFill} summary={SUMMARY} disabled={false} />);
  fireEvent.click(screen.getByRole("button", { name: "Timpa juga 2 sel yang berbeda" }));
  fireEvent.click(inDialog("Ya, timpa"));
  expect(onFill).toHaveBeenCalledWith({ mode: "rumus", force: true });
});

test("text inputs: a notice with the cells (clickable) and the conversion button", () => {
  const onConvert = jest.fn();
  const onSelect = jest.fn();
  const inputs = [
    {
      sheet: "LRA",
      cell: "C15",
      label: "Anggaran",
      text: "1.250.000,00",
      value: 1250000,
      numberFormat: "#,##0.00",
      shown: "1.250.000,00",
    },
    {
      sheet: "IKU",
      cell: "E9",
      label: "Target",
      text: "19,34%",
      value: 0.1934,
      numberFormat: "0.00%",
      shown: "19,34%",
    },
  ];
  wrap(
    <HitungView
      onFill={jest.fn()}
      summary={null}
      disabled={false}
      textInputs={inputs}
      onConvert={onConvert}
      onSelect={onSelect}
    />,
  );
  const notice = screen.getByTestId("text-inputs");
  expect(notice.textContent).toContain("2 sel masukan berisi angka dalam bentuk teks");
  expect(notice.textContent).toContain("IKU!E9: “19,34%” → 19,34%");
  fireEvent.click(within(notice).getByRole("button", { name: "LRA!C15" }));
  expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ sheet: "LRA", cell: "C15" }));
  fireEvent.click(within(notice).getByRole("button", { name: "Ubah 2 angka-teks menjadi angka" }));
  expect(onConvert).toHaveBeenCalledTimes(1);
});

test("Batalkan is disabled with nothing to undo and asks before undoing", () => {
  const onUndo = jest.fn();
  const { rerender } = wrap(<BatalkanView undoSize={0} onUndo={onUndo} disabled={false} />);
  const button = screen.getByRole("button", { name: "Batalkan pengisian terakhir" }) as HTMLButtonElement;
  expect(button.disabled).toBe(true);
  expect(screen.getByTestId("undo-status").textContent).toBe("Tidak ada pengisian yang dapat dibatalkan.");
  rerender(
    <FluentProvider theme={webLightTheme}>
      <BatalkanView undoSize={3} onUndo={onUndo} disabled={false} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "Batalkan pengisian terakhir" }));
  expect(onUndo).not.toHaveBeenCalled();
  fireEvent.click(inDialog("Ya, batalkan"));
  expect(onUndo).toHaveBeenCalledTimes(1);
});

test("a long list of cells left alone shows ten, the rest on request", () => {
  const many = summaryOf(
    Array.from({ length: 12 }, (_, i) => left("Realisasi Anggaran", `E${10 + i}`, "80,66", "80,67")),
  );
  wrap(<HitungView onFill={jest.fn()} summary={many} disabled={false} />);
  const list = () => within(screen.getByTestId("left-alone")).getAllByRole("listitem");
  expect(list()).toHaveLength(10);
  expect(list()[0].textContent).toContain("Realisasi Anggaran!E10 (Capaian): tertulis 80,66, hitungan 80,67");
  fireEvent.click(screen.getByRole("button", { name: "Tampilkan semua (12)" }));
  expect(list()).toHaveLength(12);
  expect(list()[11].textContent).toContain("E21");
  fireEvent.click(screen.getByRole("button", { name: "Tampilkan lebih sedikit" }));
  expect(list()).toHaveLength(10);
});
