/**
 * Indonesian texts of the static pages, shown before (or instead of) the task pane's bundle:
 * src/taskpane/taskpane.html and src/commands/commands.html. webpack.config.js reads this file at build time
 * (compiled with @swc/core) and passes it to the page templates: keep it free of imports.
 */
export const pagesText = {
  title: "Asisten LKjIP",
  commandsTitle: "Asisten LKjIP: perintah pita",
  loading: "Memuat Asisten LKjIP…",
  noScript: "Asisten LKjIP memerlukan JavaScript. Aktifkan JavaScript, lalu buka ulang panel ini.",
  /** The pane's engine cannot parse modern JavaScript (Internet Explorer or the old Edge in Office 2016/2019). */
  oldBrowser:
    "Asisten LKjIP tidak dapat berjalan di Excel ini: panel tugasnya memakai mesin peramban lama (Internet Explorer atau Edge versi lama). Gunakan Excel 2021 atau yang lebih baru, Microsoft 365, atau Excel di web.",
} as const;
