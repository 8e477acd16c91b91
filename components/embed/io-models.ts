/**
 * The entry of /embed/io-models.js (built by embed.vite.config.ts): defines <io-model-demo> once, even
 * if a page loads the module from two addresses (the site's and a self-hosted copy).
 */
import IoModelDemo from './IoModelDemo.svelte';

const TAG = 'io-model-demo';
// Svelte's compiled component carries the element class once built with customElement: true.
const element = (IoModelDemo as unknown as { element?: CustomElementConstructor }).element;
if (element && !customElements.get(TAG)) customElements.define(TAG, element);
