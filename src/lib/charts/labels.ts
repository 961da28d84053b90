/**
 * Text in a chart without a browser to measure it: estimated widths (generous, so labels do not collide in
 * any common sans-serif), word wrapping, greedy label placement, and spreading labels apart on one axis.
 */

/**
 * Estimated width of a text at a font size: advance widths of a wide sans-serif (DejaVu Sans, the fallback on
 * many Linux machines), so that labels laid out on the server do not collide in narrower faces either.
 */
export function textWidth(text: string, size: number, weight = 400): number {
	let em = 0;
	for (const ch of text) {
		if (/[il.,:;'’!|]/.test(ch)) em += 0.3;
		else if (/[fjrt()[\]“”"-]/.test(ch)) em += 0.42;
		else if (ch === ' ') em += 0.32;
		else if (/[mwMW]/.test(ch)) em += 0.92;
		else if (/[A-Z]/.test(ch)) em += 0.72;
		else if (/[0-9]/.test(ch)) em += 0.64;
		else em += 0.6;
	}
	return em * size * (weight >= 600 ? 1.08 : 1);
}

/** Break a text into lines no wider than `max`, at spaces; a word longer than `max` gets a line of its own. */
export function wrap(text: string, size: number, max: number, weight = 400): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, size, weight) > max) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}
export const overlaps = (a: Box, b: Box, pad = 0) =>
	a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;

/** The box of a text drawn at (x, y) on its baseline with the given anchor. */
export function textBox(
	x: number,
	y: number,
	lines: string[],
	size: number,
	anchor: 'start' | 'middle' | 'end',
	weight = 400
): Box {
	const w = Math.max(...lines.map((l) => textWidth(l, size, weight)));
	const h = lines.length * size * 1.2;
	const left = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
	return { x: left, y: y - size * 0.9, w, h };
}

export interface Candidate {
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
}

/**
 * Pick, for each label in turn, the first candidate position whose box stays inside `bounds` and clear of
 * `taken` (and of the labels already placed); if none is clear, the one inside the bounds that overlaps least.
 */
export function placeLabels(
	labels: { lines: string[]; size: number; weight?: number; candidates: Candidate[] }[],
	taken: Box[],
	bounds: Box
): (Candidate & { box: Box })[] {
	return placeGreedy(labels, taken, bounds).placed;
}

type Label = { lines: string[]; size: number; weight?: number; candidates: Candidate[] };

/**
 * Like placeLabels, but tries a few greedy passes (labels in order and in reverse, candidates as given and
 * with left and right swapped) and keeps the one with the fewest collisions.
 */
export function placeLabelsBest(labels: Label[], taken: Box[], bounds: Box): (Candidate & { box: Box })[] {
	const mirrored = (l: Label): Label => ({
		...l,
		candidates: [...l.candidates].sort((a, b) => (a.anchor === 'end' ? 0 : 1) - (b.anchor === 'end' ? 0 : 1))
	});
	const tries = [
		{ order: labels.map((_, i) => i), mirror: false },
		{ order: labels.map((_, i) => labels.length - 1 - i), mirror: false },
		{ order: labels.map((_, i) => i), mirror: true },
		{ order: labels.map((_, i) => labels.length - 1 - i), mirror: true }
	];
	let best: { placed: (Candidate & { box: Box })[]; score: number } | undefined;
	for (const { order, mirror } of tries) {
		const run = placeGreedy(
			order.map((i) => (mirror ? mirrored(labels[i]!) : labels[i]!)),
			taken,
			bounds
		);
		if (!best || run.score < best.score) {
			const placed = new Array<Candidate & { box: Box }>(labels.length);
			order.forEach((i, k) => (placed[i] = run.placed[k]!));
			best = { placed, score: run.score };
		}
		if (best.score === 0) break;
	}
	return best!.placed;
}

function placeGreedy(
	labels: Label[],
	taken: Box[],
	bounds: Box
): { placed: (Candidate & { box: Box })[]; score: number } {
	const placed: Box[] = [...taken];
	let total = 0;
	const out = labels.map((l) => {
		let best: (Candidate & { box: Box }) | undefined;
		let bestScore = Infinity;
		for (const c of l.candidates) {
			const box = textBox(c.x, c.y, l.lines, l.size, c.anchor, l.weight);
			const outside =
				Math.max(0, bounds.x - box.x) +
				Math.max(0, box.x + box.w - bounds.x - bounds.w) +
				Math.max(0, bounds.y - box.y) +
				Math.max(0, box.y + box.h - bounds.y - bounds.h);
			const hits = placed.filter((b) => overlaps(box, b, 2)).length;
			// leaving the bounds (clipped text) is worse than touching another label
			const score = (outside > 0.5 ? 100_000 + outside : 0) + hits * 1000;
			if (score < bestScore) {
				best = { ...c, box };
				bestScore = score;
			}
			if (score === 0) break;
		}
		placed.push(best!.box);
		total += bestScore;
		return best!;
	});
	return { placed: out, score: total };
}

/**
 * Spread positions along one axis so that neighbours are at least `gap` apart, moving each as little as
 * possible (positions keep their order), within [min, max] where that is possible.
 */
export function spread(wanted: number[], gap: number, min: number, max: number): number[] {
	const order = wanted.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
	const pos = order.map(([v]) => v);
	for (let pass = 0; pass < 50; pass++) {
		let moved = false;
		for (let i = 1; i < pos.length; i++) {
			const need = pos[i - 1]! + gap - pos[i]!;
			if (need > 0.01) {
				// share the move between the pair
				pos[i - 1]! -= need / 2;
				pos[i]! += need / 2;
				moved = true;
			}
		}
		const low = min - pos[0]!;
		if (low > 0) for (let i = 0; i < pos.length; i++) pos[i]! += low;
		const high = pos.at(-1)! - max;
		if (high > 0 && pos[0]! - high >= min) for (let i = 0; i < pos.length; i++) pos[i]! -= high;
		if (!moved) break;
	}
	const out = new Array<number>(wanted.length);
	order.forEach(([, i], k) => (out[i] = pos[k]!));
	return out;
}
