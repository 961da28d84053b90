/** UI text for the quiz domain (see ../index.ts for the conventions). */
export const quiz = {} as const;
