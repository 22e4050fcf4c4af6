// The fixture API's types, generated from fixture-openapi.yaml by `pnpm generate` (redocly.yaml: x-test-fixtures).
export type * from './generated/schema.js';
