// Classified differences between two OpenAPI documents, for generator/breaking.py (`make breaking`).
// Reads {"before": <document>, "after": <document>} as JSON on stdin and writes the list of changes api-smart-diff
// finds as JSON on stdout: each with its type (breaking, non-breaking, annotation, unclassified, deprecated),
// action (add, remove, replace, rename), path in the `after` (or `before`) document, scalar values before and
// after, and a description.
'use strict';

const { apiDiff } = require('api-smart-diff');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  input += chunk;
});
process.stdin.on('end', () => {
  const { before, after } = JSON.parse(input);
  // Values are passed on only when they are scalars: a replaced schema would repeat the documents.
  const scalar = (value) => (value === null || typeof value !== 'object' ? value : undefined);
  const changes = apiDiff(before, after).map((diff) => ({
    type: diff.type,
    action: diff.action,
    path: diff.path,
    before: scalar(diff.before),
    after: scalar(diff.after),
    description: diff.description || '',
  }));
  process.stdout.write(JSON.stringify(changes));
});
