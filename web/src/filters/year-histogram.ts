/**
 * The time filter's histogram: how many of the drawn relations fall in each decade, the decades
 * inside the chosen years darker, and how many relations have no date (hidden while years are set).
 */
import { html, svg, type TemplateResult } from 'lit-html';

export const YEAR_MIN = 1600;
export const YEAR_MAX = 1870;
const DECADES = (YEAR_MAX - YEAR_MIN) / 10;
const WIDTH = 200;
const HEIGHT = 40;

export function yearHistogramTemplate(
  spans: readonly ({ from: number; to: number } | null)[],
  chosen: { from: number; to: number },
): TemplateResult {
  const counts = new Array<number>(DECADES).fill(0);
  let undated = 0;
  for (const span of spans) {
    if (!span) {
      undated += 1;
      continue;
    }
    const first = Math.max(0, Math.floor((span.from - YEAR_MIN) / 10));
    const last = Math.min(DECADES - 1, Math.floor((span.to - YEAR_MIN) / 10));
    for (let decade = first; decade <= last; decade += 1) counts[decade]! += 1;
  }
  const most = Math.max(1, ...counts);
  const bar = WIDTH / DECADES;
  return html`
    <svg
      viewBox="0 0 ${WIDTH} ${HEIGHT}"
      width="100%"
      height=${HEIGHT}
      role="img"
      aria-label="Drawn relations per decade, ${YEAR_MIN} to ${YEAR_MAX}"
    >
      ${counts.map((count, decade) => {
        const start = YEAR_MIN + decade * 10;
        const inside = start + 9 >= chosen.from && start <= chosen.to;
        const height = count === 0 ? 0 : Math.max(2, (count / most) * (HEIGHT - 2));
        return svg`<rect x=${decade * bar + 0.5} y=${HEIGHT - height} width=${bar - 1} height=${height}
          fill=${inside ? '#1f4fa8' : '#c3ccdb'}><title>${start}s: ${count}</title></rect>`;
      })}
    </svg>
    <p class="histogram-axis"><span>${YEAR_MIN}</span><span>1750</span><span>${YEAR_MAX}</span></p>
    <p class="meta">${undated} undated${undated > 0 ? ' (hidden while years are set)' : ''}</p>
  `;
}
