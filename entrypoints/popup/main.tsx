import { render } from 'preact';
import { uiLocale } from '../../utils/i18n';
import { App } from './App';
import { loadStart } from './first-paint';

// The page's language is the messages' language, so screen readers pronounce them right.
document.documentElement.lang = uiLocale();
// Marks for the benchmark (tests/bench/encounters.ts): when the code ran, when storage answered.
performance.mark('popup:script');
const root = document.getElementById('app');
if (root)
  void loadStart().then((start) => {
    performance.mark('popup:data');
    render(<App start={start} />, root);
  });
