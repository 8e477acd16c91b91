/** The custom element's stand-in for src/playback/address.svelte.ts: an embedded demo leaves the host page's hash alone. */
export function followHash(): void {}
