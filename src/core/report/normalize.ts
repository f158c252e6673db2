/** The report joins names with the engine's one normaliser (src/core/names), the same the headline capaian uses. */
export { normalizeName, sameName } from "../names/normalize";
