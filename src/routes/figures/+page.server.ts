import { content } from '$lib/content';
import { figureRows } from '$lib/content/views';

export function load() {
	const c = content();
	return { rows: figureRows(c), excluded: c.excluded };
}
