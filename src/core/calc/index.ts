/** The calculation library: every formula of domain.md §3, pure. */
export * from "./capaian";
export * from "./predikat";
export * from "./rata-rata";
export * from "./anggaran";
export * from "./efisiensi";
export * from "./perbandingan";
