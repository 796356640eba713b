import { render } from 'preact';
import { i18n, uiLocale } from '../../utils/i18n';
import { App } from './App';

// index.html is static English; the page takes the language and title of the messages shown.
document.documentElement.lang = uiLocale();
document.title = i18n.t('options.title');
// Marks for the benchmark (tests/bench/encounters.ts): when the code ran.
performance.mark('options:script');
const root = document.getElementById('app');
if (root) render(<App />, root);
