// Deterministic synthetic page dumps with the facts they plant, for benchmarks and recall checks.
