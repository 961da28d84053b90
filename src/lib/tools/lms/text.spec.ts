/** The stem as HTML (lms/text.ts). */
import { describe, expect, it } from 'vitest';
import { stemHtml } from './text';

describe('stemHtml', () => {
	it('escapes passage text in the stem and picks out the quote', () => {
		const html = stemHtml({
			prompt: 'a < b',
			lines: [],
			passages: [{ before: 'x ', quote: 'y & z', after: '', from: 'S', href: 'https://e/s' }]
		});
		expect(html).toBe(
			'<p>a &lt; b</p><blockquote><p>x <strong>y &amp; z</strong></p><p>— <a href="https://e/s">S</a></p></blockquote>'
		);
	});
});
