/** Template filling for every string the site writes from the locale files. Pure. */

/** Replaces each {name} in `template` with vars[name]; unknown names stay as they are. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
