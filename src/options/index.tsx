import { render } from 'preact';

/** The options page (first version: explains the run modes; issue 7 adds the settings). */
function Options() {
  return (
    <main>
      <h1>Pressmark options</h1>
      <p>Pressmark annotates the article in the current tab when you click its toolbar button or press Alt+Shift+A.</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
