// Worker threads start without the TypeScript loader that runs the build scripts; register it, then
// run the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
