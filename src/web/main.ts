// Browser entry: global styles, then the app shell. Imports only core types and this folder.
import { mount } from 'svelte';
import App from './app.svelte';
import './styles/base.css';
import './styles/content.css';
import './styles/prep.css';
import './styles/study.css';
import './styles/exercises.css';
import './styles/pictures.css';
import './styles/cards.css';
import './styles/print.css';

const target = document.getElementById('app');
if (target) mount(App, { target });
