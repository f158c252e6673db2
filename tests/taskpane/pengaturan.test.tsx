/** @jest-environment jsdom */
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DEFAULT_SETTINGS, parseSettings } from "../../src/core/settings/settings";
import { PengaturanView } from "../../src/taskpane/views/PengaturanView";

function renderView(onSave = jest.fn(), settings = DEFAULT_SETTINGS) {
  render(
    <FluentProvider theme={webLightTheme}>
      <PengaturanView settings={settings} defaults={DEFAULT_SETTINGS} revision={1} onSave={onSave} disabled={false} />
    </FluentProvider>,
  );
  return onSave;
}

test("every setting is there with its explanation", () => {
  renderView();
  for (const label of [
    "Indikator negatif (makin kecil makin baik)",
    "Skala predikat",
    "Tingkat efisiensi",
    "Batas atas capaian",
    "Jumlah desimal",
    "Penyerapan program/kegiatan",
    "Capaian keseluruhan",
    "Tahun laporan",
    "Ukuran kertas tabel laporan",
  ]) {
    expect(screen.getByText(label)).toBeTruthy();
  }
  expect(screen.getByText(/PermenPANRB 6\/2022/)).toBeTruthy();
  expect(screen.getByLabelText("Capaian tidak kurang dari 0")).toBeTruthy();
  expect(screen.getByLabelText("Hitung dari angka yang sudah dibulatkan")).toBeTruthy();
});

test("an invalid field blocks saving and says why next to the field", () => {
  const onSave = renderView();
  fireEvent.change(screen.getByLabelText("Jumlah desimal"), { target: { value: "9" } });
  fireEvent.click(screen.getByRole("button", { name: "Simpan pengaturan" }));
  expect(onSave).not.toHaveBeenCalled();
  expect(screen.getByText("Jumlah desimal harus bilangan bulat 0 sampai 6.")).toBeTruthy();
  expect(screen.getAllByRole("alert").some((a) => /belum benar/.test(a.textContent ?? ""))).toBe(true);
  fireEvent.change(screen.getByLabelText("Jumlah desimal"), { target: { value: "1" } });
  fireEvent.click(screen.getByRole("button", { name: "Simpan pengaturan" }));
  expect(onSave).toHaveBeenCalledTimes(1);
  expect(onSave.mock.calls[0][0]).toMatchObject({ desimal: 1 });
});

test("choices are saved as settings the schema accepts", () => {
  const onSave = renderView();
  fireEvent.click(screen.getByLabelText("(2T − R) / T × 100"));
  fireEvent.click(screen.getByLabelText("Indeks: capaian ÷ penyerapan"));
  fireEvent.change(screen.getByLabelText("Batas atas capaian"), { target: { value: "120" } });
  fireEvent.click(screen.getByLabelText("Rata-rata semua indikator"));
  fireEvent.change(screen.getByLabelText("Tahun laporan"), { target: { value: "2021" } });
  fireEvent.click(screen.getByLabelText("F4 (215 × 330 mm)"));
  fireEvent.click(screen.getByRole("button", { name: "Simpan pengaturan" }));
  const saved = onSave.mock.calls[0][0];
  expect(saved).toEqual({
    negatif: "2T-R",
    skala: "95-80-50",
    efisiensi: "indeks",
    batasCapaian: 120,
    batasBawahNol: false,
    desimal: 2,
    penyerapanInduk: "bobot",
    capaianKeseluruhan: "indikator",
    dariNilaiDibulatkan: false,
    tahun: 2021,
    kertas: "F4",
  });
  expect(parseSettings(saved).ok).toBe(true);
});

test("custom scale editor: starts from the preset, edits and saves the bands", () => {
  const onSave = renderView();
  fireEvent.change(screen.getByLabelText("Skala predikat"), { target: { value: "custom" } });
  const bands = screen.getAllByTestId("band");
  expect(bands).toHaveLength(3);
  expect((within(bands[0]).getByLabelText("Batas bawah predikat ke-1") as HTMLInputElement).value).toBe("95");
  fireEvent.change(within(bands[0]).getByLabelText("Batas bawah predikat ke-1"), { target: { value: "92,5" } });
  fireEvent.change(within(bands[2]).getByLabelText("Nama predikat ke-3"), { target: { value: "" } });
  fireEvent.click(screen.getByRole("button", { name: "Simpan pengaturan" }));
  expect(onSave).not.toHaveBeenCalled();
  expect(screen.getByText("Nama predikat tidak boleh kosong.")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Hapus predikat ke-3" }));
  fireEvent.click(screen.getByRole("button", { name: "Simpan pengaturan" }));
  expect(onSave).toHaveBeenCalledTimes(1);
  expect(onSave.mock.calls[0][0].skala).toEqual([
    { min: 92.5, label: "Sangat Berhasil" },
    { min: 80, label: "Berhasil" },
    { min: -1_000_000_000, label: "Kurang Berhasil" },
  ]);
});

test("the negatif formula: Otomatis is offered and is the default; a stored explicit choice is shown and kept", () => {
  const onSave = renderView();
  const otomatis = screen.getByLabelText("Otomatis, menurut capaian tercetak (bawaan)") as HTMLInputElement;
  expect(otomatis.checked).toBe(true);
  expect((screen.getByLabelText("T / R × 100") as HTMLInputElement).checked).toBe(false);
  fireEvent.click(screen.getByRole("button", { name: "Simpan pengaturan" }));
  expect(onSave.mock.calls[0][0].negatif).toBe("otomatis");

  cleanup();
  const stored = parseSettings({ negatif: "T/R" });
  if (!stored.ok) throw new Error("settings");
  const again = renderView(jest.fn(), stored.settings);
  expect((screen.getByLabelText("T / R × 100") as HTMLInputElement).checked).toBe(true);
  fireEvent.click(screen.getByLabelText("Otomatis, menurut capaian tercetak (bawaan)"));
  fireEvent.click(screen.getByRole("button", { name: "Simpan pengaturan" }));
  expect(again.mock.calls[0][0].negatif).toBe("otomatis");
});
