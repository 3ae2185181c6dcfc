/** The e2e tests' static server for build/: the project's one static server (src/tools/static-server.mjs, sirv). */
export { MIME, serve } from '../../src/tools/static-server.mjs';
