// Jest's CommonJS loader cannot require() an ES module (Node 20 can, at run time). @fastify/static,
// which serves the OpenAPI UI's assets, requires content-disposition 3 (ESM only) for downloads,
// which no test performs; under Jest only, this stands in for it.
'use strict';
exports.create = (filename) => `attachment; filename="${String(filename).replace(/"/g, '')}"`;
exports.parse = () => ({ type: 'attachment', parameters: {} });
