/**
 * The entry of /embed/io-models.js (built by src/embed/build-element.ts): defines <io-model-demo> once, even
 * if a page loads the module from two addresses (the site's and a self-hosted copy, or the same with a query:
 * the kinds' chunks import the entry by its plain relative address, which then runs a second time).
 */
import { IoModelDemoElement } from './element.svelte';

const TAG = 'io-model-demo';
if (!customElements.get(TAG)) customElements.define(TAG, IoModelDemoElement);
