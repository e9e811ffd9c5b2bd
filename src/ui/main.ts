performance.mark('gouji:script');
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { load } from './state/persistence';

// Read the last session from IndexedDB first, so that the grid is built once, with its data.
const saved = await load();
performance.mark('gouji:loaded');
mount(App, { target: document.getElementById('app')!, props: { saved } });
performance.mark('gouji:mounted');
