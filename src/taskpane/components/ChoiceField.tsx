/** One setting chosen among a few named options: a labelled radio group with its explanation. */
import { Field, Radio, RadioGroup } from "@fluentui/react-components";

export interface ChoiceFieldProps<K extends string> {
  label: string;
  hint?: string;
  value: K;
  /** Option value -> its Indonesian label, in the order shown. */
  options: Record<K, string>;
  onChange: (value: K) => void;
}

export function ChoiceField<K extends string>({ label, hint, value, options, onChange }: ChoiceFieldProps<K>) {
  return (
    <Field label={label} hint={hint}>
      <RadioGroup value={value} onChange={(_, d) => onChange(d.value as K)}>
        {(Object.keys(options) as K[]).map((k) => (
          <Radio key={k} value={k} label={options[k]} />
        ))}
      </RadioGroup>
    </Field>
  );
}
