/**
 * A Vite plugin that takes Svelte's deep-state proxy (svelte/src/internal/client/proxy.js, ~0.7 KB gzip)
 * out of our bundles. Our components only ever use $state.raw: values are replaced, never mutated, so no
 * proxy is ever made. Two runtime functions still name proxy(), which keeps the whole module in every
 * bundle: set() (for `$state` assignments) and prop() (for `$bindable` props). This rewrites those two
 * expressions to the value itself.
 *
 * Why our own: Svelte has no option for it, and on a 20 KB budget 0.7 KB is what decides whether the
 * comparison embed fits. Both sides are guarded, so it cannot silently go wrong:
 *  - if Svelte's source no longer has an expression, the build fails (look again after an upgrade);
 *  - if one of our components uses deep `$state(…)` or `$bindable(…)`, which need the proxy, the build fails.
 */
const REWRITES = [
  ['/reactivity/sources.js', 'let new_value = should_proxy ? proxy(value) : value;', 'let new_value = value;'],
  ['/reactivity/props.js', 'runes && bindable ? proxy(value) : value', 'value'],
];
const RUNTIME = '/node_modules/svelte/src/internal/client';
const DEEP_RUNE = /\$state\s*\(|\$state\.snapshot|\$bindable\s*\(/;

/**
 * The plugin: rewrites the two runtime expressions, and fails the build on deep state in our components.
 * @returns {import('vite').Plugin}
 */
export function noDeepProxy() {
  return {
    name: 'io-models:no-deep-proxy',
    enforce: 'pre',
    transform(code, id) {
      for (const [file, from, to] of REWRITES) {
        if (!id.includes(RUNTIME + file)) continue;
        if (!code.includes(from)) this.error(`svelte's ${file} changed: "${from}" not found (see build/no-deep-proxy.mjs)`);
        return { code: code.replace(from, to), map: null };
      }
      if (!id.includes('/node_modules/') && /\.svelte(\.[jt]s)?(\?|$)/.test(id) && DEEP_RUNE.test(code)) {
        this.error(`${id} uses a deep $state or $bindable; the build drops Svelte's proxy (build/no-deep-proxy.mjs): use $state.raw`);
      }
      return null;
    },
  };
}
