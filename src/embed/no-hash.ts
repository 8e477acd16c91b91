/** The custom element's stand-in for src/demo/follow-hash.svelte.ts: an embedded demo leaves the host page's hash alone. */
export function followHash(): void {}
