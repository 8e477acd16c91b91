/** components/islands/PollingPriceIsland.svelte's pointer reading: the chart is a slider for P, read through the sliders' clamp. */
import { describe, expect, it } from 'vitest';
import { chartP } from '~components/islands/PollingPriceIsland.svelte';

describe('chartP', () => {
  it('reads P across the plot, rounded, from 1 at the left edge to the last at the right', () => {
    expect([0, 100, 149, 151, 300].map((x) => chartP(x, 300, 30, 7))).toEqual([1, 11, 15, 16, 30]);
  });
  it('a pointer beyond either edge reads the nearer end', () => {
    expect([chartP(-40, 300, 30, 7), chartP(900, 300, 30, 7)]).toEqual([1, 30]);
  });
  it('a plot 0 px wide gives a number, never NaN: its left edge keeps the current P, either side the nearer end', () => {
    expect(chartP(0, 0, 30, 7)).toBe(7);
    expect(chartP(-0, 0, 30, 7)).toBe(7);
    expect(chartP(5, 0, 30, 7)).toBe(30);
    expect(chartP(-5, 0, 30, 7)).toBe(1);
  });
});
