import { render } from 'preact';
import { uiLocale } from '../../utils/i18n';
import { App } from './App';
import { loadStart } from './first-paint';

// The page's language is the messages' language, so screen readers pronounce them right.
document.documentElement.lang = uiLocale();
const root = document.getElementById('app');
if (root) void loadStart().then((start) => render(<App start={start} />, root));
