/**
 * "Save as SVG": a standalone copy of a drawn figure. CSS custom properties do not travel with a file,
 * so every painted property is inlined with the value the browser computed (the current theme), and a
 * background rectangle keeps a dark-theme figure legible anywhere. Browser-only.
 */

// Paint and text properties the figure's stylesheet sets; url(#pattern) fills stay as attributes.
const PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-family', 'font-size', 'font-weight', 'font-style'];

/** The figure as standalone SVG text, colours inlined. */
export function standaloneSvg(svg: SVGSVGElement): string {
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

/** Downloads `svg` as `name`. */
export function saveSvg(svg: SVGSVGElement, name: string): void {
  const url = URL.createObjectURL(new Blob([standaloneSvg(svg)], { type: 'image/svg+xml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
