/**
 * A Vite plugin that takes Svelte's deep-state proxy (svelte/src/internal/client/proxy.js, ~0.7 KB gzip)
 * out of our bundles. Our islands only ever use $state.raw: values are replaced, never mutated, so no
 * proxy is ever made. The runtime's set() still names proxy() for `$state` assignments, which keeps the
 * whole module in every bundle; this rewrites that one expression to the value itself.
 *
 * Why our own: Svelte has no option for it, and on a 20 KB budget 0.7 KB is what decides whether the
 * comparison embed fits. Both sides are guarded, so it cannot silently go wrong:
 *  - if Svelte's source no longer has the expression, the build fails (look again after an upgrade);
 *  - if one of our components uses deep `$state(…)` or `$bindable(…)`, which need the proxy, the build fails.
 */
const SET_EXPRESSION = 'let new_value = should_proxy ? proxy(value) : value;';
const DEEP_RUNE = /\$state\s*\(|\$state\.snapshot|\$bindable\s*\(/;

/** @returns {import('vite').Plugin} */
export function noDeepProxy() {
  return {
    name: 'io-models:no-deep-proxy',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('/node_modules/svelte/src/internal/client/reactivity/sources.js')) {
        if (!code.includes(SET_EXPRESSION)) {
          this.error(`svelte's set() changed: "${SET_EXPRESSION}" not found (see src/build/no-deep-proxy.mjs)`);
        }
        return { code: code.replace(SET_EXPRESSION, 'let new_value = value;'), map: null };
      }
      if (!id.includes('/node_modules/') && /\.svelte(\.[jt]s)?(\?|$)/.test(id) && DEEP_RUNE.test(code)) {
        this.error(`${id} uses a deep $state or $bindable; the build drops Svelte's proxy (src/build/no-deep-proxy.mjs): use $state.raw`);
      }
      return null;
    },
  };
}
