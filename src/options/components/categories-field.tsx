import type { HighlightCategory } from '../../core/highlight-layers';
import type { Settings } from '../../shared/settings-schema';

/** Props of CategoriesField. */
export type Props = {
  categories: Settings['categories'];
  colors: Settings['colors'];
  onToggle: (category: HighlightCategory, on: boolean) => void;
  onColor: (category: HighlightCategory, color: string) => void;
};

const ROWS: { category: HighlightCategory; label: string }[] = [
  { category: 'person', label: 'People' },
  { category: 'organization', label: 'Organizations' },
  { category: 'place', label: 'Places' },
  { category: 'misc', label: 'Other names' },
  { category: 'quote', label: 'Quotes and speakers' },
];

/** Which kinds of highlights Pressmark paints on the page, and in which colour. */
export function CategoriesField({ categories, colors, onToggle, onColor }: Props) {
  return (
    <fieldset class="field" data-testid="categories">
      <legend>Highlights on the page</legend>
      <table class="categories">
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Highlight</th>
            <th scope="col">Colour</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(({ category, label }) => (
            <tr key={category}>
              <th scope="row" id={`cat-${category}`}>
                <span class="swatch" style={{ background: colors[category] }} aria-hidden="true" />
                {label}
              </th>
              <td>
                <input
                  type="checkbox"
                  checked={categories[category]}
                  aria-label={`Highlight ${label.toLowerCase()}`}
                  onChange={(e) => onToggle(category, e.currentTarget.checked)}
                  data-testid={`category-${category}`}
                />
              </td>
              <td>
                <input
                  type="color"
                  value={colors[category]}
                  aria-label={`Colour of ${label.toLowerCase()}`}
                  onChange={(e) => onColor(category, e.currentTarget.value)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
