import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** axe-core's violations on the whole page (every rule, landmarks and headings included), each with the nodes it names. */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe.run;
    const result = await run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

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
    const hidden = (el: Element | null): boolean => {
      for (let at = el; at; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.clip !== 'auto' || style.clipPath !== 'none' || style.visibility === 'hidden') return true;
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
