import { render } from 'preact';
import { App } from './App';
import { loadStart } from './first-paint';

const root = document.getElementById('app');
if (root) void loadStart().then((start) => render(<App start={start} />, root));
