import { render } from 'preact';
import { i18n, uiLocale } from '../../utils/i18n';
import { App } from './App';

// index.html is static English; the page takes the language and title of the messages shown.
document.documentElement.lang = uiLocale();
document.title = i18n.t('report.title');
const root = document.getElementById('app');
if (root) render(<App />, root);
