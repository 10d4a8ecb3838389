export * from './taxonomy-csv.js';
export * from './taxonomy-markdown.js';
export * from './taxonomy-mermaid.js';
export * from './taxonomy-skos.js';
export * from './inventory-html.js';
export * from './inventory-markdown.js';
