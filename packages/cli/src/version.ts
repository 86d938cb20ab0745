/** `fazhi --version`. Kept equal to package.json's version by test/conventions.test.ts. */
export const VERSION = '0.1.0';
