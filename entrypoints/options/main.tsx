import { render } from 'preact';
import { i18n, uiLocale } from '../../utils/i18n';
import { App, load } from './App';
import { sectionOf } from './sections';

// index.html is static English; the page takes the language and title of the messages shown.
document.documentElement.lang = uiLocale();
document.title = i18n.t('options.title');
// Marks for the benchmark (tests/bench/encounters.ts): when the code ran.
performance.mark('options:script');
// The section the address names starts loading now, not after the first paint: its chunks (the
// database's among them) load while the navigation renders.
void load(sectionOf(location.hash));
const root = document.getElementById('app');
if (root) render(<App />, root);
