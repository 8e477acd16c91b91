/**
 * For svelte-check and editors: the one component in this folder, IoModelDemo.svelte, is compiled as a
 * custom element. embed.vite.config.ts does the same with dynamicCompileOptions; Astro never compiles it,
 * and its own Svelte config (the root's defaults) is unaffected by this file.
 */
export default { compilerOptions: { customElement: true } };
