/** Addresses of things on the site. No imports: safe to use in client components. */

/** Link to a figure's highlighted sentence in the reader. */
export function figureHref(f: { source: string; id: string }): string {
	return `/sources/${f.source}#fig-${f.id}`;
}

/** The element id of a reference row on /reference: `strikes:2025-09-02` → `strikes-2025-09-02`. */
export function refAnchor(ref: string): string {
	return ref.replace(':', '-');
}

/** Link to a paragraph of a source. */
export function paragraphHref(source: string, paragraph: string): string {
	return `/sources/${source}#${paragraph}`;
}
