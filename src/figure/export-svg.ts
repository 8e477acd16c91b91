/**
 * "Save as SVG": a standalone copy of a drawn figure. CSS custom properties do not travel with a file,
 * so every painted property is inlined with the value the browser computed (the current theme), and a
 * background rectangle keeps a dark-theme figure legible anywhere. The file carries its own title,
 * parameters and legend, so it stands alone in a slide or a blog post. Browser-only.
 */

// Paint and text properties the figure's stylesheet sets; url(#pattern) fills stay as attributes.
const PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-family', 'font-size', 'font-weight', 'font-style'];

/** What a saved figure says about itself: a title, its parameters and its legend (swatch class, text). */
export interface SvgCaption {
  title: string;
  params: string;
  /** each legend item: a state ('wait', 'poll', 'work', 'copy', or 'k-empty', 'k-ready', 'k-copying') and its words */
  legend: [state: string, text: string][];
}

const NS = 'http://www.w3.org/2000/svg';
const LINE = 18;

/** An SVG element with attributes. */
function make(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * Adds a title and the parameters above the figure and its legend below, so a saved file explains
 * itself. Swatches use the figure's own patterns and colours (read from the page, the current theme).
 */
function addCaption(svg: SVGSVGElement, clone: SVGSVGElement, c: SvgCaption): void {
  const [, , w, h] = (clone.getAttribute('viewBox') ?? '0 0 350 400').split(/\s+/).map(Number) as [number, number, number, number];
  const cs = getComputedStyle(svg);
  const fg = cs.color;
  const font = cs.fontFamily;
  const uid = svg.querySelector('pattern')?.id.replace(/-[a-z]+$/, '') ?? '';
  const body = make('g', { transform: `translate(0 ${2 * LINE + 6})` });
  while (clone.firstChild) body.appendChild(clone.firstChild);
  clone.appendChild(body);
  clone.appendChild(make('text', { x: 4, y: LINE, 'font-size': 15, 'font-weight': 700, fill: fg, 'font-family': font }, c.title));
  clone.appendChild(make('text', { x: 4, y: 2 * LINE, 'font-size': 13, fill: fg, 'font-family': font }, c.params));
  // The legend, one item per line: a swatch in the figure's colour and pattern, then the words.
  const colour = (v: string) => cs.getPropertyValue(v).trim() || fg;
  const SWATCH: Record<string, [fill: string, stroke: string, dash?: string]> = {
    wait: [colour('--st-wait'), colour('--st-wait')],
    poll: [`url(#${uid}-poll)`, colour('--st-poll')],
    work: [`url(#${uid}-work)`, colour('--st-work')],
    copy: [`url(#${uid}-copy)`, colour('--st-copy')],
    'k-empty': ['none', colour('--muted'), '2 2'],
    'k-ready': [colour('--k-ready'), colour('--k-ready')],
    'k-copying': [`url(#${uid}-copying)`, colour('--k-ready')],
  };
  let y = h + 2 * LINE + 6 + 8;
  const legend = make('g', { 'font-size': 13, 'font-family': font, fill: fg });
  for (const [state, text] of c.legend) {
    const [fill, stroke, dash] = SWATCH[state] ?? ['none', fg];
    legend.appendChild(make('rect', { x: 4, y: y - 11, width: 16, height: 12, fill, stroke, 'stroke-width': 1.5, ...(dash ? { 'stroke-dasharray': dash } : {}) }));
    legend.appendChild(make('text', { x: 26, y }, text));
    y += LINE;
  }
  clone.appendChild(legend);
  const height = y + 4;
  clone.setAttribute('viewBox', `0 0 ${w} ${height}`);
  clone.setAttribute('width', String(w));
  clone.setAttribute('height', String(height));
}

/** The figure as standalone SVG text, colours inlined; with a caption, also its title, parameters and legend. */
function standaloneSvg(svg: SVGSVGElement, caption?: SvgCaption): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const cs = getComputedStyle(el);
    const target = to[i] as Element;
    for (const p of PROPS) {
      const v = cs.getPropertyValue(p);
      if (v && !v.startsWith('url(')) target.setAttribute(p, v);
    }
    target.removeAttribute('class');
  });
  // The handles are controls of the page, not part of the drawing.
  for (const h of clone.querySelectorAll('[data-handle]')) h.remove();
  if (caption) addCaption(svg, clone, caption);
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', getComputedStyle(svg.parentElement ?? svg).backgroundColor === 'rgba(0, 0, 0, 0)'
    ? getComputedStyle(document.body).backgroundColor
    : getComputedStyle(svg.parentElement ?? svg).backgroundColor);
  clone.insertBefore(bg, clone.firstChild);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.removeAttribute('style');
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
}

/** Downloads `svg` as `name`, with its caption. */
export function saveSvg(svg: SVGSVGElement, name: string, caption?: SvgCaption): void {
  const url = URL.createObjectURL(new Blob([standaloneSvg(svg, caption)], { type: 'image/svg+xml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
