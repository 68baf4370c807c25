import { render } from 'preact';
import { App } from './app';
import { createBrowserClient } from './browser-client';

performance.mark('pm:script-start');
const client = createBrowserClient(location.search);
// A popped-out popup is a whole tab: let the layout use the width (popup.css reads this class).
if (client.inTab) document.documentElement.classList.add('in-tab');
const root = document.getElementById('app');
if (root) render(<App client={client} />, root);
