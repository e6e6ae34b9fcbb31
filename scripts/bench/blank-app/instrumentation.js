// The floor's own (empty) startup hook: without it, Next.js finds the site's instrumentation.ts in
// the project root above and runs the site's startup check and request stamp in the floor too.
export function register() {}
