import { DEFAULT_SETTINGS, parseSettings, predikatBands } from "../../src/core/settings/settings";
import {
  bandsFromPreset,
  formFromSettings,
  LOWEST_BAND_MIN,
  validateSettingsForm,
} from "../../src/taskpane/state/settings-form";

test("the defaults make a form that validates back to the same settings", () => {
  const form = formFromSettings(DEFAULT_SETTINGS);
  expect(form).toMatchObject({
    negatif: "otomatis",
    skala: "95-80-50",
    efisiensi: "selisih",
    batas: "none",
    desimal: "2",
    tahun: "",
  });
  const r = validateSettingsForm(form);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  const parsed = parseSettings(r.settings);
  expect(parsed.ok && parsed.settings).toEqual(DEFAULT_SETTINGS);
});

test("bad numbers are refused per field, in Indonesian", () => {
  const form = {
    ...formFromSettings(DEFAULT_SETTINGS),
    desimal: "7",
    tahun: "20",
    batas: "custom" as const,
    batasCustom: "-5",
  };
  const r = validateSettingsForm(form);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.errors.desimal).toBe("Jumlah desimal harus bilangan bulat 0 sampai 6.");
  expect(r.errors.tahun).toMatch(/2000 sampai 2100/);
  expect(r.errors.batasCustom).toMatch(/lebih dari 0/);
  expect(validateSettingsForm({ ...form, desimal: "1,5", tahun: "2021", batasCustom: "120" }).ok).toBe(false);
  const ok = validateSettingsForm({ ...form, desimal: "3", tahun: "2021", batasCustom: "150" });
  expect(ok.ok && ok.settings).toMatchObject({ desimal: 3, tahun: 2021, batasCapaian: 150 });
});

test("a custom scale keeps its bands, highest first, with a floor band for everything below", () => {
  const form = {
    ...formFromSettings(DEFAULT_SETTINGS),
    skala: "custom" as const,
    bands: [
      { min: "70", label: "Baik" },
      { min: "90,5", label: "Sangat Baik" },
    ],
    elseLabel: "Kurang",
  };
  const r = validateSettingsForm(form);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.settings.skala).toEqual([
    { min: 90.5, label: "Sangat Baik" },
    { min: 70, label: "Baik" },
    { min: LOWEST_BAND_MIN, label: "Kurang" },
  ]);
  const parsed = parseSettings(r.settings);
  expect(parsed.ok).toBe(true);
  // And back: the floor band becomes the "below every bound" label again.
  if (parsed.ok) {
    const again = formFromSettings(parsed.settings);
    expect(again.skala).toBe("custom");
    expect(again.bands).toEqual([
      { min: "90,5", label: "Sangat Baik" },
      { min: "70", label: "Baik" },
    ]);
    expect(again.elseLabel).toBe("Kurang");
  }
});

test("custom bands: empty labels, unreadable and duplicate bounds are named", () => {
  const form = {
    ...formFromSettings(DEFAULT_SETTINGS),
    skala: "custom" as const,
    bands: [
      { min: "abc", label: "A" },
      { min: "80", label: "" },
      { min: "80", label: "C" },
    ],
    elseLabel: " ",
  };
  const r = validateSettingsForm(form);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.errors["band.0.min"]).toMatch(/harus angka/);
  expect(r.errors["band.1.label"]).toMatch(/tidak boleh kosong/);
  expect(r.errors["band.2.min"]).toMatch(/batas yang sama/);
  expect(r.errors.elseLabel).toMatch(/tidak boleh kosong/);
});

test("switching to a custom scale starts from the chosen preset", () => {
  const d = bandsFromPreset("permendagri-86");
  expect(d.bands.map((b) => b.min)).toEqual(["91", "76", "66", "51"]);
  expect(d.elseLabel).toBe("Sangat Rendah");
  const bands = predikatBands({ skala: "permendagri-86" });
  expect(bands[bands.length - 1].label).toBe("Sangat Rendah");
});
