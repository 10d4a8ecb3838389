import { describe, expect, it } from 'vitest';
import { en } from '../locales/en.js';
import type { Segment } from '../segment/segment.js';
import { withSegmentsHtml } from './segments-section.js';
import { en as enText } from './text/en.js';

const segment = (key: string): Segment<unknown> => ({ key, values: [], count: 3, share: 0.25, records: [] });

describe('the named segments section of the HTML report', () => {
  it('goes at the end of the main element', () => {
    const html = withSegmentsHtml('<main><p>report</p></main>', [segment('service-side')], en, enText);
    expect(html).toMatch(/<p>report<\/p><section aria-labelledby="h-segments">[\s\S]*<\/section>\n<\/main>$/);
    expect(html).toContain('<th scope="row">service-side</th><td class="num">3</td><td class="num">25%</td>');
  });

  it('shortens a long name on the page and keeps the whole for tooltips and screen readers', () => {
    const long = `segment-${'x'.repeat(200)}<b>`;
    const html = withSegmentsHtml('<main></main>', [segment(long)], en, enText);
    expect(html).toContain(`title="segment-${'x'.repeat(200)}&lt;b&gt;"`);
    expect(html).toContain(`<span class="visually-hidden">segment-${'x'.repeat(200)}&lt;b&gt;</span>`);
    expect(html).toMatch(/aria-hidden="true">segment-x{31}…<\/span>/);
  });
});
