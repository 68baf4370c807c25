/** Props of VisibilitySwitch. */
export type Props = {
  /** What the switch shows or hides, for screen readers ("People highlights"). */
  label: string;
  checked: boolean;
  /** The highlight colour of the category, shown as a swatch beside the switch. */
  color: string;
  onChange: (checked: boolean) => void;
  testId?: string;
};

/** A switch that shows or hides one category of highlights on the page. */
export function VisibilitySwitch({ label, checked, color, onChange, testId }: Props) {
  return (
    <label class="switch" title={`${checked ? 'Hide' : 'Show'} ${label.toLowerCase()} on the page`}>
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        aria-checked={checked}
        aria-label={`${label} on the page`}
        data-testid={testId}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span class="switch-track" aria-hidden="true" style={{ '--swatch': color }}>
        <span class="switch-thumb" />
      </span>
    </label>
  );
}
