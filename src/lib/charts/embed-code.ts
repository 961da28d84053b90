/** The copy-paste embed code for a chart, and the message an embed posts to its parent. No imports from the server. */
import { t } from '$lib/i18n';

/** The message an embedded chart posts to its parent whenever its height changes (documented in the Embed tab). */
export const HEIGHT_MESSAGE = "{ sourcebook: 'height', chart: '<id>', height: <px> }";

/** A few lines for the host page: size every Sourcebook frame to the height it posts. Hosts that strip scripts drop them; the default height then applies. */
export const RESIZER =
	"<script>addEventListener('message',function(e){var d=e.data;if(d&&d.sourcebook==='height')document.querySelectorAll('iframe[data-sourcebook]').forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+'px'})})</script>";

export function embedCode(o: {
	origin: string;
	path: string;
	id: string;
	title: string;
	height: number;
}): string {
	const title = `${o.title} (${t('charts.embed.titleSuffix')})`.replace(/"/g, '&quot;');
	return (
		`<iframe src="${o.origin}${o.path}" title="${title}" width="100%" height="${o.height}" ` +
		`style="width:100%;max-width:1000px;border:0" loading="lazy" data-sourcebook="${o.id}"></iframe>\n${RESIZER}`
	);
}
