// Runs the site's own search worker (mkdocs-material's, from site/assets) under Node over the built search index,
// and prints the locations it answers for a query, best first, one per line: what a reader's search box shows.
// Usage: node search_worker.cjs WORKER.js search_index.json QUERY
"use strict";
const fs = require("fs");
const [worker, indexFile, query] = process.argv.slice(2);
const handlers = [];
const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
global.self = global;
global.addEventListener = (_type, handler) => handlers.push(handler);
global.importScripts = () => {};
global.postMessage = (message) => {
  if (message.type === READY) handlers.forEach((h) => h({ data: { type: QUERY, data: query } }));
  if (message.type === RESULT) {
    for (const group of message.data.items) for (const item of group) console.log(item.location);
    process.exit(0);
  }
};
eval(fs.readFileSync(worker, "utf8"));
const index = JSON.parse(fs.readFileSync(indexFile, "utf8"));
index.options = { suggest: false };
handlers.forEach((h) => h({ data: { type: SETUP, data: index } }));
