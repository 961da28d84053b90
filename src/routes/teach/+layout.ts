// Teacher pages read and write the class database: rendered per request, never prerendered.
export const prerender = false;
