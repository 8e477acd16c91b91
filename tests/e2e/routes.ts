/** The site's routes, for the browser tests: tests/routes.ts, shared with the built-output tier (tests/built). */
export * from '../routes';
