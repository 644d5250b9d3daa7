// wrangler bundles readable-stream's browser build, whose streams are not
// `instanceof require('stream').Stream`; archiver (exceljs's streaming writer)
// then refuses every sheet and /api/admin/summary.xlsx answers 500. workerd's
// node:stream (nodejs_compat) is the real thing, so hand that out instead.
// An alias cannot point at "node:stream" directly: wrangler's alias plugin
// needs a file path.
module.exports = require('node:stream');
