import { content } from '$lib/content';
import { referenceView } from '$lib/content/views';

export function load() {
	return referenceView(content());
}
