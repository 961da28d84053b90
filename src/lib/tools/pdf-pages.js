/**
 * A tiny PDF check, enough to tell that a file Chromium printed is a whole PDF and how many pages it has:
 * the header, the end-of-file marker, and the page objects (/Type /Page, not /Pages). Chromium writes its
 * page tree uncompressed; a PDF whose pages are hidden in compressed object streams counts 0 here.
 * Plain JavaScript so that scripts/build-pdf.js and the tests use the same code.
 */

/**
 * @param {Uint8Array} bytes
 * @returns {{ ok: boolean, pages: number, version?: string }}
 */
export function pdfInfo(bytes) {
	const text = new TextDecoder('latin1').decode(bytes);
	const head = /^%PDF-(\d\.\d)/.exec(text);
	const tail = text.slice(-1024).includes('%%EOF');
	const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
	const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
	const declared = counts.length ? Math.max(...counts) : pages;
	return {
		ok: !!head && tail && pages > 0 && declared === pages,
		pages,
		...(head ? { version: head[1] } : {})
	};
}
