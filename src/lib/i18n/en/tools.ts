/** UI text for the tools domain (see ../index.ts for the conventions). */
export const tools = {} as const;
