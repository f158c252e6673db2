/**
 * @jest-environment jsdom
 *
 * The Office path: the whole pane (Root -> host detection -> App) over the strict fake of the Excel object
 * model (tests/support/excel-fake) installed as the globals `Office` and `Excel`.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { officeText } from "../../src/core/i18n/office";
import { PaneController } from "../../src/taskpane/state/controller";
import { detectHost, globalOffice } from "../../src/taskpane/session/host";
import { createOfficeSession } from "../../src/taskpane/session/office-session";
import { Root } from "../../src/taskpane/Root";
import { FakeExcel } from "../support/excel-fake";
import { sampleSnapshot } from "./support/fake";

let excel: FakeExcel;
let controller: PaneController | null;

beforeEach(() => {
  excel = new FakeExcel(sampleSnapshot(), { apiVersion: "1.17" }).install();
  controller = null;
});
afterEach(() => excel.uninstall());

async function renderPane() {
  render(
    <Root
      detect={() => detectHost({ office: globalOffice() })}
      createController={() => (controller = new PaneController(createOfficeSession()))}
    />,
  );
  await screen.findByText("Excel");
  await waitFor(() => expect(controller?.getState().revision).toBe(1));
  await waitFor(() => expect(controller?.getState().busy).toBeNull());
}

test("in Excel the pane opens in Excel mode and reads the workbook in one Excel.run", async () => {
  await renderPane();
  expect(excel.runs).toBe(1);
  expect(screen.queryByText("Buka berkas .xlsx")).toBeNull();
  expect(screen.getByRole("button", { name: /Baca ulang/ })).toBeTruthy();
});

test("an Excel below the manifest's floor gets a clear message, not a blank pane", async () => {
  excel.apiVersion = "1.7";
  render(
    <Root
      detect={() => detectHost({ office: globalOffice() })}
      createController={() => new PaneController(createOfficeSession())}
    />,
  );
  expect(
    await screen.findByText(/Versi Excel ini terlalu lama untuk Asisten LKjIP \(dibutuhkan ExcelApi 1\.9/),
  ).toBeTruthy();
  expect(excel.runs).toBe(0);
});

test("the user typing in a cell: Excel's refusal is shown in Indonesian", async () => {
  await renderPane();
  excel.cellEditMode = true;
  fireEvent.click(screen.getByRole("button", { name: /Baca ulang/ }));
  const message = await screen.findByTestId("message");
  expect(message.textContent).toContain(officeText.cellEditMode);
  expect(message.textContent).not.toMatch(/Edit cell mode/);
  expect(excel.runs).toBe(2);
});

test("saving corrections writes them into the workbook's state, in one Excel.run", async () => {
  await renderPane();
  const before = excel.runs;
  const sheetsBefore = JSON.stringify(excel.book.toSnapshot().sheets);
  await act(async () => {
    await controller!.saveOverrides({ sheetKinds: { Anggaran: "abaikan" }, polaritas: { "IKU!C4": "negatif" } });
  });
  expect(excel.runs).toBe(before + 1);
  expect(excel.book.state()?.overrides).toEqual({
    sheetKinds: { Anggaran: "abaikan" },
    polaritas: { "IKU!C4": "negatif" },
  });
  // The user's own sheets are untouched.
  expect(JSON.stringify(excel.book.toSnapshot().sheets)).toBe(sheetsBefore);
});

test("Periksa: clicking a finding's address selects that cell in Excel", async () => {
  await renderPane();
  const button = await screen.findByRole("button", { name: "IKU!G4" });
  const before = excel.runs;
  await act(async () => {
    fireEvent.click(button);
  });
  await waitFor(() => expect(excel.book.selection).toEqual({ sheet: "IKU", address: "G4" }));
  expect(excel.book.activeSheet).toBe("IKU");
  expect(excel.runs).toBe(before + 1);
  expect(screen.getByTestId("message").textContent).toContain("Sel IKU!G4 dipilih.");
});

test("Hitung then Batalkan in Excel: formulas written in one run, cells left alone named, undo restores", async () => {
  await renderPane();
  fireEvent.click(screen.getByRole("tab", { name: "Hitung" }));
  const before = excel.runs;
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Isi kolom hitungan" }));
  });
  const summary = await screen.findByTestId("hitung-summary");
  expect(excel.runs).toBe(before + 1);
  // The printed 96,78 differs from 95,84: left alone (not forced), and said so with its address.
  expect(summary.textContent).toContain("IKU!G4 (Capaian): tertulis 96,78, hitungan 95,84");
  const iku = excel.book.mustSheet("IKU");
  expect(iku.get(3, 6)?.value).toBe(96.78);
  expect(iku.get(3, 6)?.formula).toBeNull();
  // The predikat column was added next to the table as live formulas.
  expect(iku.get(3, 7)?.formula).toMatch(/Sangat Berhasil/);
  expect(excel.book.state()?.undo?.length).toBeGreaterThan(0);

  fireEvent.click(screen.getByRole("tab", { name: "Batalkan" }));
  fireEvent.click(screen.getByRole("button", { name: "Batalkan pengisian terakhir" }));
  // Looked up including hidden elements: in jsdom Tabster may keep the dialog aria-hidden until its focus
  // trap activates on a timer (the Chromium tests check the dialog with axe-core).
  const dialog = await screen.findByRole("alertdialog", { hidden: true });
  await act(async () => {
    fireEvent.click(within(dialog).getByRole("button", { name: "Ya, batalkan", hidden: true }));
  });
  await waitFor(() =>
    expect(screen.getByTestId("message").textContent).toMatch(/Pengisian dibatalkan: \d+ sel dikembalikan\./),
  );
  expect(iku.get(3, 7)?.formula ?? null).toBeNull();
  expect(iku.get(3, 6)?.value).toBe(96.78);
  expect((screen.getByRole("button", { name: "Batalkan pengisian terakhir" }) as HTMLButtonElement).disabled).toBe(
    true,
  );
});

test("after saving corrections the workbook remembers to open the pane by itself (document setting)", async () => {
  const store = new Map<string, unknown>();
  let saves = 0;
  const office = (globalThis as unknown as { Office: { context: Record<string, unknown> } }).Office;
  office.context.document = {
    settings: {
      get: (k: string) => store.get(k) ?? null,
      set: (k: string, v: unknown) => store.set(k, v),
      saveAsync: (cb?: (r: { status: string }) => void) => {
        saves += 1;
        cb?.({ status: "succeeded" });
      },
    },
  };
  await renderPane();
  expect(store.size).toBe(0);
  await act(async () => {
    await controller!.saveOverrides({ sheetKinds: { Anggaran: "abaikan" } });
  });
  expect(store.get("Office.AutoShowTaskpaneWithDocument")).toBe(true);
  expect(saves).toBe(1);
  // Saved once: a second save does not write the setting again.
  await act(async () => {
    await controller!.saveSettings({ desimal: 1 });
  });
  expect(saves).toBe(1);
});
