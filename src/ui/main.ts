performance.mark('gouji:script');
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { load, openingSnapshot } from './state/persistence';
import type { SavedWorkspace } from './state/docState';
import { knowRuleTrees } from '../core';

knowRuleTrees(JSON.parse(__GOUJI_RULE_TREES__));

// The last session is read first, so that the grid is built once, with its data: from its copy in
// localStorage at once when there is one (a report), else from IndexedDB (a big table).
function start(saved: SavedWorkspace | undefined): void {
  performance.mark('gouji:loaded');
  mount(App, { target: document.getElementById('app')!, props: { saved } });
  performance.mark('gouji:mounted');
}
const quick = openingSnapshot();
if (quick) start(quick);
else void load().then(start);
