import type { Notice } from '../../core/annotations';

/** Props of NoticesList. */
export type Props = { notices: Notice[] };

/** Notes for the reader about what was or was not done ("annotated the first 20,000 words"). */
export function NoticesList({ notices }: Props) {
  if (!notices.length) return null;
  return (
    <ul class="notices" aria-label="Notes">
      {notices.map((n) => (
        <li key={n.code} class={`notice notice-${n.code}`} data-testid="notice">
          {n.message}
        </li>
      ))}
    </ul>
  );
}
