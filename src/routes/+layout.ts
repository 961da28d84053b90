// Content pages are prerendered; server routes (teacher and student pages) opt out in their own layouts.
export const prerender = true;
export const trailingSlash = 'never';
