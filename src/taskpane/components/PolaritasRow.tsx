/** Lembar: one indicator's polarity, where it came from (a badge) and a choice to correct it. */
import { Badge, makeStyles, Select, tokens } from "@fluentui/react-components";
import { taskpaneText as T } from "../../core/i18n/taskpane";
import type { IndikatorRow, Polaritas } from "../../core/model";

const L = T.lembar;
const POLARITAS: Polaritas[] = ["positif", "negatif", "range", "stabil"];

const useStyles = makeStyles({
  indRow: { display: "flex", flexDirection: "column", rowGap: "2px" },
  indName: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

export interface PolaritasRowProps {
  testId: string;
  /** "C9 · Angka Kemiskinan". */
  label: string;
  nama: string;
  from: IndikatorRow["polaritasFrom"];
  value: Polaritas;
  onChange: (p: Polaritas) => void;
}

export function PolaritasRow({ testId, label, nama, from, value, onChange }: PolaritasRowProps) {
  const s = useStyles();
  return (
    <div className={s.indRow} data-testid={testId}>
      <span className={s.indName}>
        {label}
        <Badge size="small" appearance="tint" color={from === "tebakan" ? "warning" : "subtle"}>
          {L.polaritasFrom[from]}
        </Badge>
      </span>
      <Select
        size="small"
        aria-label={L.polaritasFor(nama)}
        value={value}
        onChange={(_, d) => onChange(d.value as Polaritas)}
      >
        {POLARITAS.map((p) => (
          <option key={p} value={p}>
            {T.polaritas[p]}
          </option>
        ))}
      </Select>
    </div>
  );
}
