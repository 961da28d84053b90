/**
 * The embed document: a small stand-alone HTML page (no framework on the client) with the chart drawn in, its
 * styles and script inlined, and a Content-Security-Policy that allows exactly that script by its hash.
 * Built on the server (and prerendered) from the same components as the chart pages.
 */
import { createHash } from 'node:crypto';
import { render } from 'svelte/server';
import chartCss from './chart.css?raw';
import client from './embed-client.js?raw';
import EmbedBody from './EmbedBody.svelte';
import { embedCss } from './embed-metrics';
import { t, getLocale } from '$lib/i18n';
import type { ChartView } from './view';

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const script = client.trim();
export const scriptHash = `sha256-${createHash('sha256').update(script).digest('base64')}`;

/** The policy of an embed (framing is set by the server's headers: frame-ancestors * for /embed/*). */
export const embedCsp = `default-src 'none'; script-src '${scriptHash}'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'`;

export function embedDocument(chart: ChartView): string {
	const { body } = render(EmbedBody, { props: { chart } });
	return `<!doctype html>
<html lang="${getLocale()}" data-chart="${esc(chart.id)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${embedCsp}">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${esc(`${chart.title} (${t('charts.embed.titleSuffix')})`)}</title>
<link rel="canonical" href="${esc(chart.href.page)}">
<style>${chartCss}${embedCss}</style>
</head>
<body class="sb-vars">
${body}
<script>${script}</script>
</body>
</html>
`;
}
