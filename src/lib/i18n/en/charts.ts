/** UI text for the charts domain (see ../index.ts for the conventions). */
export const charts = {} as const;
