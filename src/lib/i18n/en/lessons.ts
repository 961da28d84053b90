/** UI text for the lessons domain (see ../index.ts for the conventions). */
export const lessons = {} as const;
