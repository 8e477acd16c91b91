/** The custom element's stand-in for components/islands/experiment-wire.ts: an embedded demo has no experiments beside it. */
export function wireExperiments(): void {}
