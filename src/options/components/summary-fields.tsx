/** Props of SummaryFields. */
export type Props = {
  sentences: number;
  onDevice: boolean;
  onSentences: (n: number) => void;
  onOnDevice: (on: boolean) => void;
};

const LENGTHS = [1, 2, 3, 4, 5];

/** Summary length (1 to 5 sentences) and whether to offer the browser's on-device summarizer. */
export function SummaryFields({ sentences, onDevice, onSentences, onOnDevice }: Props) {
  return (
    <fieldset class="field">
      <legend>Summary</legend>
      <div role="radiogroup" aria-labelledby="summary-length-label" class="segmented" data-testid="summary-length">
        <span id="summary-length-label" class="label">
          Sentences in the summary
        </span>
        {LENGTHS.map((n) => (
          <label key={n} class="segment">
            <input type="radio" name="summary-length" value={String(n)} checked={sentences === n} onChange={() => onSentences(n)} />
            <span>{n}</span>
          </label>
        ))}
      </div>
      <label class="choice">
        <input type="checkbox" checked={onDevice} onChange={(e) => onOnDevice(e.currentTarget.checked)} data-testid="on-device" />
        <span>
          Offer “key points” from the browser’s on-device summarizer
          <span class="hint">Only where the browser has one built in (recent Chrome). It runs on this device; nothing is sent anywhere. Its text is marked as machine-written.</span>
        </span>
      </label>
    </fieldset>
  );
}
