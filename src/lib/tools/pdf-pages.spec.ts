import { describe, expect, it } from 'vitest';
import { pdfInfo } from './pdf-pages.js';

/** A minimal valid PDF with n empty pages (offsets in the xref table are not checked by pdfInfo). */
function pdf(n: number, count = n): Uint8Array {
	const kids = Array.from({ length: n }, (_, i) => `${i + 3} 0 R`).join(' ');
	const pages = Array.from(
		{ length: n },
		(_, i) => `${i + 3} 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n`
	).join('');
	const body = `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [${kids}] /Count ${count} >>\nendobj\n${pages}trailer\n<< /Root 1 0 R >>\n%%EOF\n`;
	return new TextEncoder().encode(body);
}

describe('pdfInfo', () => {
	it('counts pages and accepts a whole file', () => {
		expect(pdfInfo(pdf(3))).toEqual({ ok: true, pages: 3, version: '1.4' });
	});
	it('refuses a truncated file, a file that is not a PDF, and a page tree that disagrees', () => {
		const whole = pdf(2);
		expect(pdfInfo(whole.slice(0, whole.length - 20)).ok).toBe(false);
		expect(pdfInfo(new TextEncoder().encode('<html>%%EOF')).ok).toBe(false);
		expect(pdfInfo(pdf(2, 5)).ok).toBe(false);
		expect(pdfInfo(pdf(0)).ok).toBe(false);
	});
});
