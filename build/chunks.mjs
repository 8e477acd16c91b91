/**
 * The client build's chunk groups. One file for what every timeline demo runs (Svelte's runtime, the
 * simulator, the renderer, the demo state and controls): left to itself the bundler makes five chunks
 * of it, and five separately compressed files, with their import and export lists, weigh 1.4 KB gzip
 * more. Each island (ModelIsland with its code panel and SVG export, the comparison, the serve demo, the
 * polling chart) gets a chunk of its own on top of it, with what only it uses (the serve demo's bounds, thread lanes and
 * unchecked simulator; the model demo's experiments and their wiring), so the comparison embed does not load
 * the model demo's code, nor the serve demo the experiments.
 *
 * Guarded: the groups are chosen by path, so a rename could silently change what goes where. The
 * check below fails the build unless the shared chunk holds the Svelte runtime, the simulator's engine,
 * the scene and the player, and holds no island.
 */
const SHARED = /\/node_modules\/svelte\/|\/src\/(sim|figure|playback|narration|lessons)\/|\/build\/svelte-client|\/components\//;
const OWN_CHUNK = /(CompareIsland|ServeIsland|ModelIsland|PollingPriceIsland|CodeStep|ThreadRow|ThreadDefs)\.svelte|export-svg\.ts|playback\/shared-clock\.ts|narration\/(compare|threads)\.ts|(serve-bounds|experiments|experiment-wire)\.ts|\/sim\/(serve|validate)\.ts|[?&]|\.css/;
const MUST_HOLD = [/node_modules\/svelte\/src\/internal\/client\//, /src\/sim\/engine\.ts$/, /src\/figure\/scene\.ts$/, /src\/playback\/player\.svelte\.ts$/];

/** Rolldown's codeSplitting option for the client build. */
export const demoChunkGroups = {
  groups: [{ name: 'demo', test: (id) => SHARED.test(id) && !OWN_CHUNK.test(id) }],
};

/** A Vite plugin that fails the client build when the shared chunk lost a module it must hold or took an island. */
export function checkDemoChunk() {
  return {
    name: 'io-models:check-demo-chunk',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_options, bundle) {
      const demo = Object.values(bundle).find((c) => c.type === 'chunk' && c.name === 'demo');
      if (!demo) this.error('build/chunks.mjs: no "demo" chunk was made; the group pattern matched nothing');
      const ids = Object.keys(demo.modules);
      const missing = MUST_HOLD.filter((re) => !ids.some((id) => re.test(id)));
      if (missing.length) this.error(`build/chunks.mjs: the demo chunk lacks ${missing.join(', ')}; a file was renamed or moved`);
      const islands = ids.filter((id) => /Island\.svelte$/.test(id));
      if (islands.length) this.error(`build/chunks.mjs: the demo chunk holds islands ${islands.join(', ')}; they need chunks of their own`);
    },
  };
}
