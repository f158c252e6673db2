/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { FillSummary } from "../../src/taskpane/controller";
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

const SUMMARY: FillSummary = {
  mode: "rumus",
  force: false,
  cellsWritten: 1234,
  leftAlone: [
    { sheet: "IKU", cell: "G4", existing: "96,78", wanted: "95,84" },
    { sheet: "Realisasi Anggaran", cell: "E20", existing: "1.569,77", wanted: "1.669,77" },
  ],
  skipped: ["Grafik “Capaian” di lembar Tabel 3.1 dilewati."],
};

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
  fireEvent.click(screen.getByLabelText("Timpa sel yang sudah berisi angka lain"));
  fireEvent.click(screen.getByRole("button", { name: "Isi kolom hitungan" }));
  expect(onFill).not.toHaveBeenCalled();
  const dialog = openDialog();
  expect(dialog.textContent).toContain("2 sel yang sudah berisi angka lain akan ditimpa");
  fireEvent.click(inDialog("Jangan"));
  expect(onFill).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole("button", { name: "Isi kolom hitungan" }));
  fireEvent.click(inDialog("Ya, timpa"));
  expect(onFill).toHaveBeenCalledWith({ mode: "rumus", force: true });
});

test("the summary names cells written and every cell left alone with both figures", () => {
  wrap(<HitungView onFill={jest.fn()} summary={SUMMARY} disabled={false} />);
  const summary = screen.getByTestId("hitung-summary");
  expect(summary.textContent).toContain("1.234 sel ditulis.");
  expect(summary.textContent).toContain("2 sel dibiarkan");
  const left = within(screen.getByTestId("left-alone")).getAllByRole("listitem");
  expect(left.map((l) => l.textContent)).toEqual([
    "IKU!G4: berisi 96,78, hitungan 95,84",
    "Realisasi Anggaran!E20: berisi 1.569,77, hitungan 1.669,77",
  ]);
  expect(summary.textContent).toContain("Grafik “Capaian”");
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

test("a long list of cells left alone shows ten, the rest on request; formulas are named as such", () => {
  const many: FillSummary = {
    ...SUMMARY,
    skipped: [],
    leftAlone: Array.from({ length: 12 }, (_, i) => ({
      sheet: "Realisasi Anggaran",
      cell: `E${10 + i}`,
      existing: "80,66",
      wanted: `=IF(AND(ISNUMBER(C${10 + i}),ISNUMBER(D${10 + i})),D${10 + i}/C${10 + i}*100,"")`,
    })),
  };
  wrap(<HitungView onFill={jest.fn()} summary={many} disabled={false} />);
  const list = () => within(screen.getByTestId("left-alone")).getAllByRole("listitem");
  expect(list()).toHaveLength(10);
  expect(list()[0].textContent).toContain("Realisasi Anggaran!E10: berisi 80,66, akan diisi rumus");
  expect(list()[0].querySelector("code")?.getAttribute("title")).toBe(
    '=IF(AND(ISNUMBER(C10),ISNUMBER(D10)),D10/C10*100,"")',
  );
  fireEvent.click(screen.getByRole("button", { name: "Tampilkan semua (12)" }));
  expect(list()).toHaveLength(12);
  expect(list()[11].textContent).toContain("E21");
  fireEvent.click(screen.getByRole("button", { name: "Tampilkan lebih sedikit" }));
  expect(list()).toHaveLength(10);
});
