import type { Settings } from '../../shared/settings-schema';

/** Props of RunModeField. */
export type Props = { value: Settings['runMode']; onChange: (mode: Settings['runMode']) => void };

const MODES: { value: Settings['runMode']; label: string; hint: string }[] = [
  { value: 'click', label: 'When I click the Pressmark button', hint: 'Pressmark reads a page only when you ask (or press Alt+Shift+A).' },
  { value: 'auto', label: 'Automatically on the sites I allow', hint: 'Articles on the sites listed below are annotated as soon as they load.' },
];

/** Whether Pressmark runs on request or by itself on allowed sites. */
export function RunModeField({ value, onChange }: Props) {
  return (
    <fieldset class="field" data-testid="run-mode">
      <legend>When to annotate</legend>
      {MODES.map((m) => (
        <label class="choice" key={m.value}>
          <input type="radio" name="run-mode" value={m.value} checked={value === m.value} onChange={() => onChange(m.value)} />
          <span>
            {m.label}
            <span class="hint">{m.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
