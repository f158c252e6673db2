/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Temuan } from "../../src/core/model";
import { PeriksaView } from "../../src/taskpane/views/PeriksaView";

const TEMUAN: Temuan[] = [
  {
    code: "capaian-tercetak",
    severity: "error",
    sheet: "IKU",
    cell: "G4",
    message: "Capaian tercetak 96,78 tetapi hitungan 95,84 (target 19,34, realisasi 20,18, negatif T/R).",
  },
  {
    code: "penyerapan-tercetak",
    severity: "warning",
    sheet: "Realisasi Anggaran",
    cell: "E12",
    message: "Penyerapan tercetak 1.569,77% tidak sama dengan hitungan 1.669,77%.",
  },
  {
    code: "tebakan",
    severity: "info",
    sheet: "IKU",
    cell: "C4",
    message: "Polaritas negatif ditebak dari nama indikator.",
  },
];

function renderView(onSelect = jest.fn(), canSelect = true) {
  render(
    <FluentProvider theme={webLightTheme}>
      <PeriksaView temuan={TEMUAN} onSelect={onSelect} canSelect={canSelect} />
    </FluentProvider>,
  );
  return onSelect;
}

test("lists every finding with its severity, sheet!cell and message figures", () => {
  renderView();
  const items = screen.getAllByTestId("temuan");
  expect(items).toHaveLength(3);
  expect(items.map((i) => i.getAttribute("data-severity"))).toEqual(["error", "warning", "info"]);
  expect(within(items[0]).getByText("Galat")).toBeTruthy();
  expect(within(items[0]).getByRole("button", { name: "IKU!G4" })).toBeTruthy();
  expect(items[0].textContent).toContain("96,78");
  expect(items[0].textContent).toContain("95,84");
  expect(within(items[1]).getByRole("button", { name: "Realisasi Anggaran!E12" })).toBeTruthy();
  expect(items[1].textContent).toContain("1.569,77%");
  expect(within(items[2]).getByText("Info")).toBeTruthy();
});

test("filters by severity with counts on the buttons", () => {
  renderView();
  expect(screen.getByRole("button", { name: "Semua (3)" })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Peringatan (1)" }));
  const items = screen.getAllByTestId("temuan");
  expect(items).toHaveLength(1);
  expect(items[0].textContent).toContain("E12");
  fireEvent.click(screen.getByRole("button", { name: "Galat (1)" }));
  expect(screen.getAllByTestId("temuan").map((i) => i.getAttribute("data-severity"))).toEqual(["error"]);
  fireEvent.click(screen.getByRole("button", { name: "Semua (3)" }));
  expect(screen.getAllByTestId("temuan")).toHaveLength(3);
});

test("clicking an address hands that finding to onSelect", () => {
  const onSelect = renderView();
  fireEvent.click(screen.getByRole("button", { name: "Realisasi Anggaran!E12" }));
  expect(onSelect).toHaveBeenCalledTimes(1);
  expect(onSelect.mock.calls[0][0]).toMatchObject({ sheet: "Realisasi Anggaran", cell: "E12" });
});

test("no findings: says so", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <PeriksaView temuan={[]} onSelect={jest.fn()} canSelect />
    </FluentProvider>,
  );
  expect(screen.getByText(/Tidak ada temuan/)).toBeTruthy();
  expect(screen.queryAllByTestId("temuan")).toHaveLength(0);
});

test("thousands of findings: 200 drawn at a time, the rest on request, the counts whole", () => {
  const many: Temuan[] = Array.from({ length: 260 }, (_, i) => ({
    code: "penyerapan-tercetak",
    severity: i < 30 ? "error" : "warning",
    sheet: "LRA",
    cell: `E${i + 2}`,
    message: `Penyerapan tercetak di baris ${i + 2} tidak sama dengan hitungan.`,
  }));
  render(
    <FluentProvider theme={webLightTheme}>
      <PeriksaView temuan={many} onSelect={jest.fn()} canSelect />
    </FluentProvider>,
  );
  expect(screen.getAllByTestId("temuan")).toHaveLength(200);
  expect(screen.getByRole("button", { name: "Semua (260)" })).toBeTruthy();
  expect(screen.getByTestId("temuan-shown").textContent).toBe("Ditampilkan 200 dari 260 temuan.");
  fireEvent.click(screen.getByRole("button", { name: "Tampilkan 60 berikutnya" }));
  expect(screen.getAllByTestId("temuan")).toHaveLength(260);
  expect(screen.queryByTestId("temuan-shown")).toBeNull();
  // A filter starts again from the first 200 of what it shows.
  fireEvent.click(screen.getByRole("button", { name: "Galat (30)" }));
  expect(screen.getAllByTestId("temuan")).toHaveLength(30);
});

test("a guess corrected by a setting links to Pengaturan, an ordinary guess to Lembar", () => {
  const openLembar = jest.fn();
  const openPengaturan = jest.fn();
  const temuan: Temuan[] = [
    {
      code: "tebakan-negatif",
      severity: "info",
      sheet: "IKU",
      cell: "F4",
      message: "Tebakan: Capaian indikator negatif dihitung dengan rumus (2T − R)/T × 100 ...",
      tab: "pengaturan",
    },
    { code: "tebakan-polaritas", severity: "info", sheet: "IKU", cell: "C4", message: "Tebakan: Polaritas ..." },
  ];
  render(
    <FluentProvider theme={webLightTheme}>
      <PeriksaView
        temuan={temuan}
        onSelect={jest.fn()}
        canSelect
        onOpenLembar={openLembar}
        onOpenPengaturan={openPengaturan}
      />
    </FluentProvider>,
  );
  const items = screen.getAllByTestId("temuan");
  expect(within(items[0]).queryByTestId("to-lembar")).toBeNull();
  fireEvent.click(within(items[0]).getByRole("button", { name: "Ubah di tab Pengaturan" }));
  expect(openPengaturan).toHaveBeenCalledTimes(1);
  fireEvent.click(within(items[1]).getByRole("button", { name: "Ubah di tab Lembar" }));
  expect(openLembar).toHaveBeenCalledTimes(1);
});
