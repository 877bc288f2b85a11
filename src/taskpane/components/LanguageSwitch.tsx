import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Lang } from "../../core/types";

export interface LanguageSwitchProps {
  readonly lang: Lang;
  /** The field's label, in the pane's current language. */
  readonly label: string;
  readonly onChange: (lang: Lang) => void;
}

/** English / 中文 radio buttons. Each option is written in its own language so anyone can find it. */
export function LanguageSwitch({ lang, label, onChange }: LanguageSwitchProps) {
  return (
    <Field label={label}>
      <RadioGroup layout="horizontal" value={lang} onChange={(_, data) => onChange(data.value === "zh" ? "zh" : "en")}>
        <Radio value="en" label="English" lang="en" />
        <Radio value="zh" label="中文" lang="zh-CN" />
      </RadioGroup>
    </Field>
  );
}
