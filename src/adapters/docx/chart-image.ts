/**
 * Report charts as images for Word: an SVG drawn here (pure), rasterised to PNG without a browser by
 * @resvg/resvg-js in Node, or by a canvas in a browser (the task pane's "Unduh .docx").
 *
 * Kinds: column (capaian per indikator, with the 100 % line), bar (penyerapan per program, with the total's
 * line), line (realisasi over the years). Numbers on the chart are Indonesian (formatAngka).
 */
import { formatAngka } from "../../core/numbers/format";
import { splitLines } from "../../core/report/excel-plan";
import type { ReportChart } from "../../core/report/model";
import { maxOf, minOf } from "../../core/arrays";

export interface ChartSize {
  /** CSS pixels of the picture (the PNG is drawn at `scale` times this). */
  width: number;
  height: number;
}

export const DEFAULT_CHART_SIZE: ChartSize = { width: 640, height: 360 };
const FONT = "Liberation Sans, Arial, Helvetica, sans-serif";
const COLORS = ["#2F5597", "#C55A11", "#548235", "#7030A0", "#BF9000"];
const REF_COLOR = "#C00000";

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Words into lines of at most `max` characters, at most `maxLines` lines (the last one cut with "…"). */
export function wrapLabel(text: string, max: number, maxLines: number): string[] {
  const lines = splitLines(text, max);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1];
    kept[maxLines - 1] = (last.length > max - 1 ? last.slice(0, max - 1) : last) + "…";
    return kept;
  }
  return lines.map((l) => (l.length > max ? `${l.slice(0, max - 1)}…` : l));
}

/** Axis ticks at 1/2/5 x 10^k covering [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) {
    max = min + 1;
  }
  const raw = (max - min) / count;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => raw <= s) ?? 10 * mag;
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const digits = Math.max(0, 1 - Math.floor(Math.log10(step)));
  const ticks: number[] = [];
  for (let i = 0; lo + i * step <= hi + step / 2; i++) ticks.push(Number((lo + i * step).toFixed(digits)) || 0);
  return ticks;
}

function tickDecimals(ticks: number[]): number {
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : 1;
  return step >= 1 ? 0 : Math.min(4, Math.ceil(-Math.log10(step)));
}

function text(
  x: number,
  y: number,
  s: string,
  opts: {
    size?: number;
    anchor?: "start" | "middle" | "end";
    bold?: boolean;
    color?: string;
    rotate?: number;
    halo?: boolean;
  } = {},
): string {
  const rot = opts.rotate ? ` transform="rotate(${opts.rotate} ${x} ${y})"` : "";
  // a white outline keeps a value label readable where it crosses the reference line
  const halo = opts.halo ? ' stroke="#FFFFFF" stroke-width="3" stroke-linejoin="round" paint-order="stroke"' : "";
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${FONT}" font-size="${opts.size ?? 11}" text-anchor="${opts.anchor ?? "start"}"${opts.bold ? ' font-weight="bold"' : ""} fill="${opts.color ?? "#222"}"${halo}${rot}>${esc(s)}</text>`;
}

function values(chart: ReportChart): number[] {
  const v = chart.series.flatMap((s) => s.values.filter((x): x is number => x !== null && Number.isFinite(x)));
  if (chart.referenceLine) v.push(chart.referenceLine.value);
  return v;
}

function legend(chart: ReportChart, x: number, y: number): string {
  const items: string[] = [];
  let cx = x;
  const entries = chart.series.map((s, i) => ({
    name: s.name,
    color: COLORS[i % COLORS.length],
    line: chart.kind === "line",
  }));
  const all = chart.referenceLine
    ? [...entries, { name: chart.referenceLine.label, color: REF_COLOR, line: true }]
    : entries;
  for (const e of all) {
    items.push(
      e.line
        ? `<line x1="${cx}" y1="${y - 4}" x2="${cx + 18}" y2="${y - 4}" stroke="${e.color}" stroke-width="2.5"${e.color === REF_COLOR ? ' stroke-dasharray="5 3"' : ""}/>`
        : `<rect x="${cx + 3}" y="${y - 10}" width="12" height="12" fill="${e.color}"/>`,
    );
    items.push(text(cx + 24, y, e.name, { size: 11 }));
    cx += 34 + e.name.length * 6.2;
  }
  return items.join("");
}

function columnOrLine(chart: ReportChart, size: ChartSize): string {
  const { width: W, height: H } = size;
  const n = chart.categories.length;
  const labelMax = Math.max(10, Math.floor((W - 80) / Math.max(1, n) / 6.3));
  const labels = chart.categories.map((c) => wrapLabel(c, labelMax, 3));
  const labelLines = maxOf(
    labels.map((l) => l.length),
    1,
  );
  const top = 44;
  const bottom = H - (labelLines * 14 + 40);
  const left = 64;
  const right = W - 20;
  const vals = values(chart);
  const ticks = niceTicks(minOf(vals, 0), maxOf(vals, 0) * 1.08 || 1);
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const y = (v: number) => bottom - ((v - lo) / (hi - lo)) * (bottom - top);
  const td = tickDecimals(ticks);
  const parts: string[] = [];
  for (const t of ticks) {
    parts.push(
      `<line x1="${left}" y1="${y(t).toFixed(1)}" x2="${right}" y2="${y(t).toFixed(1)}" stroke="${t === 0 ? "#888" : "#E3E3E3"}" stroke-width="1"/>`,
    );
    parts.push(text(left - 6, y(t) + 4, formatAngka(t, td), { size: 10, anchor: "end", color: "#555" }));
  }
  const slot = (right - left) / Math.max(1, n);
  const ns = chart.series.length;
  const x0 = (i: number) => left + slot * i;
  if (chart.referenceLine) {
    const ry = y(chart.referenceLine.value);
    parts.push(
      `<line x1="${left}" y1="${ry.toFixed(1)}" x2="${right}" y2="${ry.toFixed(1)}" stroke="${REF_COLOR}" stroke-width="2" stroke-dasharray="6 4"/>`,
    );
  }
  if (chart.kind === "column") {
    const barW = Math.min(70, (slot * 0.7) / ns);
    chart.series.forEach((s, si) => {
      s.values.forEach((v, i) => {
        if (v === null || !Number.isFinite(v)) return;
        const bx = x0(i) + slot / 2 - (barW * ns) / 2 + barW * si;
        const y1 = y(Math.max(0, v));
        const y2 = y(Math.min(0, v));
        parts.push(
          `<rect x="${bx.toFixed(1)}" y="${y1.toFixed(1)}" width="${barW.toFixed(1)}" height="${Math.max(0.5, y2 - y1).toFixed(1)}" fill="${COLORS[si % COLORS.length]}"/>`,
        );
        parts.push(
          text(bx + barW / 2, v >= 0 ? y1 - 4 : y2 + 12, formatAngka(v, chart.decimals), {
            size: 10,
            anchor: "middle",
            halo: true,
          }),
        );
      });
    });
  } else {
    chart.series.forEach((s, si) => {
      const color = COLORS[si % COLORS.length];
      const pts = s.values
        .map((v, i) => (v === null || !Number.isFinite(v) ? null : ([x0(i) + slot / 2, y(v), v] as const)))
        .filter((p): p is readonly [number, number, number] => p !== null);
      if (pts.length > 1)
        parts.push(
          `<polyline points="${pts.map((p) => `${p[0].toFixed(1)},${p[1].toFixed(1)}`).join(" ")}" fill="none" stroke="${color}" stroke-width="2.5"/>`,
        );
      for (const p of pts) {
        parts.push(`<circle cx="${p[0].toFixed(1)}" cy="${p[1].toFixed(1)}" r="4" fill="${color}"/>`);
        parts.push(text(p[0], p[1] - 9, formatAngka(p[2], chart.decimals), { size: 10, anchor: "middle", halo: true }));
      }
    });
  }
  labels.forEach((l, i) =>
    l.forEach((line, j) =>
      parts.push(text(x0(i) + slot / 2, bottom + 16 + j * 14, line, { size: 10, anchor: "middle" })),
    ),
  );
  parts.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${bottom}" stroke="#888"/>`);
  if (chart.unit)
    parts.push(text(16, (top + bottom) / 2, chart.unit, { size: 10, anchor: "middle", rotate: -90, color: "#555" }));
  parts.push(legend(chart, left, H - 12));
  return parts.join("");
}

function bar(chart: ReportChart, size: ChartSize): string {
  const { width: W, height: H } = size;
  const n = chart.categories.length;
  const labelW = Math.min(260, W * 0.42);
  const labelMax = Math.floor(labelW / 6.1);
  const labels = chart.categories.map((c) => wrapLabel(c, labelMax, 2));
  const top = 40;
  const bottom = H - 46;
  const left = labelW + 12;
  const right = W - 50;
  const vals = values(chart);
  const ticks = niceTicks(minOf(vals, 0), maxOf(vals, 0) * 1.05 || 1);
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const x = (v: number) => left + ((v - lo) / (hi - lo)) * (right - left);
  const td = tickDecimals(ticks);
  const parts: string[] = [];
  for (const t of ticks) {
    parts.push(
      `<line x1="${x(t).toFixed(1)}" y1="${top}" x2="${x(t).toFixed(1)}" y2="${bottom}" stroke="${t === 0 ? "#888" : "#E3E3E3"}"/>`,
    );
    parts.push(text(x(t), bottom + 14, formatAngka(t, td), { size: 10, anchor: "middle", color: "#555" }));
  }
  if (chart.referenceLine) {
    const rx = x(chart.referenceLine.value);
    parts.push(
      `<line x1="${rx.toFixed(1)}" y1="${top - 4}" x2="${rx.toFixed(1)}" y2="${bottom}" stroke="${REF_COLOR}" stroke-width="2" stroke-dasharray="6 4"/>`,
    );
  }
  const slot = (bottom - top) / Math.max(1, n);
  const ns = chart.series.length;
  const barH = Math.min(26, (slot * 0.72) / ns);
  chart.series.forEach((s, si) => {
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) return;
      const by = top + slot * i + slot / 2 - (barH * ns) / 2 + barH * si;
      const x1 = x(Math.min(0, v));
      const x2 = x(Math.max(0, v));
      parts.push(
        `<rect x="${x1.toFixed(1)}" y="${by.toFixed(1)}" width="${Math.max(0.5, x2 - x1).toFixed(1)}" height="${barH.toFixed(1)}" fill="${COLORS[si % COLORS.length]}"/>`,
      );
      parts.push(text(x2 + 4, by + barH / 2 + 4, formatAngka(v, chart.decimals), { size: 10, halo: true }));
    });
  });
  labels.forEach((l, i) => {
    const cy = top + slot * i + slot / 2 - ((l.length - 1) * 12) / 2 + 4;
    l.forEach((line, j) => parts.push(text(left - 8, cy + j * 12, line, { size: 10, anchor: "end" })));
  });
  parts.push(`<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="#888"/>`);
  parts.push(legend(chart, left, H - 10));
  return parts.join("");
}

/** The chart as an SVG document (white background, title on top). */
export function chartSvg(chart: ReportChart, size: ChartSize = DEFAULT_CHART_SIZE): string {
  const { width: W, height: H } = size;
  const body = chart.kind === "bar" ? bar(chart, size) : columnOrLine(chart, size);
  const title = wrapLabel(chart.title, Math.floor(W / 7.5), 2)
    .map((l, i) => text(W / 2, 20 + i * 16, l, { size: 14, anchor: "middle", bold: true }))
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="${W}" height="${H}" fill="#FFFFFF"/>${title}${body}</svg>`;
}

/** A height that gives a bar chart's categories room. */
export function chartSize(chart: ReportChart, width = DEFAULT_CHART_SIZE.width): ChartSize {
  if (chart.kind === "bar") return { width, height: Math.max(260, 100 + chart.categories.length * 40) };
  return { width, height: Math.round(width * 0.5625) };
}

type ResvgModule = { Resvg: new (svg: string, opts?: unknown) => { render(): { asPng(): Uint8Array } } };

async function loadResvg(): Promise<ResvgModule> {
  // Kept out of the browser bundle: the task pane rasterises with a canvas instead.
  const name = "@resvg/resvg-js";
  const mod = (await import(/* webpackIgnore: true */ name)) as Partial<ResvgModule> & { default?: ResvgModule };
  const Resvg = mod.Resvg ?? mod.default?.Resvg;
  if (!Resvg) throw new Error("@resvg/resvg-js tidak tersedia");
  return { Resvg };
}

async function svgToPngBrowser(svg: string, width: number, height: number): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("SVG tidak dapat dimuat"));
      img.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("canvas tidak tersedia");
    ctx.fillStyle = "#FFFFFF";
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG gagal"))), "image/png"),
    );
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The chart as PNG bytes, drawn at `scale` x its size (2: sharp when printed). */
export async function chartPng(chart: ReportChart, size: ChartSize = chartSize(chart), scale = 2): Promise<Uint8Array> {
  const svg = chartSvg(chart, size);
  if (typeof document !== "undefined" && typeof Image !== "undefined") {
    return svgToPngBrowser(svg, size.width * scale, size.height * scale);
  }
  const { Resvg } = await loadResvg();
  const r = new Resvg(svg, {
    fitTo: { mode: "width", value: size.width * scale },
    background: "#FFFFFF",
    font: { loadSystemFonts: true, defaultFontFamily: "Liberation Sans" },
  });
  return r.render().asPng();
}
