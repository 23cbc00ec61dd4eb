// The notes panel's entry point: the page is sidepanel.html (Chrome side panel, Firefox sidebar).
import { render } from 'preact';
import { App } from './app';
import './sidepanel.css';

render(<App />, document.getElementById('app')!);
