/**
 * Strips comments and indentation from our own small inline scripts before they are inlined and
 * hashed for the CSP (the hash must be of the exact text served). Only for src/scripts/*.js, whose
 * style this relies on: block comments and whole-line `//` comments, no `//` or `/*` inside strings.
 * A minifier would be overkill for ~1 KB of hand-written code.
 */
/** @param {string} source */
export function compact(source) {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'))
    .join('\n');
}

/**
 * The CSP source expression ('sha256-…') of a script's text.
 * @param {string} text
 * @returns {Promise<`sha256-${string}`>}
 */
export async function sha256(text) {
  const { createHash } = await import('node:crypto');
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
