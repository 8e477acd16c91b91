/** The custom element's stand-in for src/demo/experiment-wire.ts: an embedded demo has no experiments beside it. */
export function wireExperiments(): void {}
