import { render } from 'preact';
import { createBrowserOptionsClient } from './browser-options-client';
import { OptionsApp } from './options-app';

const root = document.getElementById('app');
if (root) render(<OptionsApp client={createBrowserOptionsClient()} />, root);
