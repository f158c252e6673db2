/** Lembar: the row that gives a role to a column recognition did not name (role, column letter, Tambah). */
import { Button, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import { roleLabel, taskpaneText as T } from "../../core/i18n/taskpane";
import { useViewStyles } from "../ui";

const L = T.lembar;

export function AddColumnRow({
  sheet,
  roles,
  onAdd,
}: {
  sheet: string;
  roles: string[];
  onAdd: (role: string, letter: string) => void;
}) {
  const v = useViewStyles();
  const [role, setRole] = useState(roles[0] ?? "");
  const [letter, setLetter] = useState("");
  const valid = /^[A-Za-z]{1,3}$/.test(letter.trim());
  const chosen = roles.includes(role) ? role : (roles[0] ?? "");
  if (roles.length === 0) return null;
  return (
    <div className={v.row} aria-label={`${L.addRole} ${sheet}`} role="group">
      <span className={v.small}>{`${L.addRole}:`}</span>
      <Select size="small" aria-label={L.addRoleLabel} value={chosen} onChange={(_, d) => setRole(d.value)}>
        {roles.map((r) => (
          <option key={r} value={r}>
            {roleLabel(r)}
          </option>
        ))}
      </Select>
      <Input
        size="small"
        style={{ width: "4.2em" }}
        aria-label={L.addRoleLetter}
        value={letter}
        onChange={(_, d) => setLetter(d.value.toUpperCase())}
      />
      <Button
        size="small"
        disabled={!valid}
        onClick={() => {
          onAdd(chosen, letter.trim().toUpperCase());
          setLetter("");
        }}
      >
        {L.addRoleButton}
      </Button>
    </div>
  );
}
