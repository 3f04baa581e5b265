import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  nodes: string[];
}

/**
 * axe-core's violations, each with the nodes it names: on the whole page by default (every rule,
 * landmarks and headings included), or within `include` with some rules off. axe is put into the
 * page through DevTools evaluation, not a `<script>`: the console's CSP (`script-src 'self'`)
 * refuses inline scripts, as it should.
 */
export async function axeViolations(page: Page, scope: { include?: string; disable?: string[] } = {}): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async ({ include, disable }) => {
    const run = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe.run;
    const rules = Object.fromEntries(disable.map((id) => [id, { enabled: false }]));
    const result = await run(include ? { include: [[include]] } : document, { rules });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, { include: scope.include ?? null, disable: scope.disable ?? [] });
}

/** The rules about a document as a whole, which a part of it (an embedded widget, one admin page's content) cannot meet alone. */
export const wholePageRules = ['region', 'landmark-one-main', 'page-has-heading-one'];

/**
 * How far the page scrolls sideways (0 when it fits the window): the document, and the console's
 * main region (`#content` scrolls on its own, so a page too wide for it would scroll there).
 */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const content = document.getElementById('content');
    // Clipped content does not scroll (right to left, what runs off the left edge is cut off, not
    // scrollable): also measure anything drawn beyond the window's edges, skipping what is hidden
    // on purpose (screen-reader-only text sits in a clipped 1 px box).
    // A wide table inside a scroller made for it (`data-scrolls-sideways`, e.g. the 24-hour
    // heatmap) scrolls there, not the page: fine, as long as the scroller itself fits (it is
    // measured like any other element). Only marked scrollers count: a pane that scrolls
    // vertically computes overflow-x auto too, and must not excuse what spills out of it.
    const hidden = (el: Element | null): boolean => {
      for (let at = el; at; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.clip !== 'auto' || style.clipPath !== 'none' || style.visibility === 'hidden') return true;
        if (at !== el && at.hasAttribute('data-scrolls-sideways')) return true;
      }
      return false;
    };
    let beyond = 0;
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const box = el.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) continue;
      const by = Math.max(-box.left, box.right - innerWidth);
      if (by > 1 && by > beyond && !hidden(el)) beyond = by;
    }
    return Math.max(document.scrollingElement!.scrollWidth - innerWidth, content ? content.scrollWidth - content.clientWidth : 0, Math.round(beyond));
  });
}
