// The start page is a plain form: no JavaScript is sent, so nothing a teacher types is reset by hydration.
export const csr = false;
