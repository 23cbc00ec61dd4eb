// Offline facts about what a name is (issue 11, point 1): pure, so the worker and the CLI build the same card.
export { factLine, factSource } from './describe';
export { factLookup, factsFor } from './lookup';
export { nameKey, surfaceName } from './names';
export { buildTables, buildTablesChunked, type FactAssets, type FactTables } from './tables';
export { FACT_SOURCES, type Fact, type FactLookup, type FactQuery } from './types';
