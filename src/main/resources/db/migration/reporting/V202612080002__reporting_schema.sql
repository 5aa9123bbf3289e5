-- The reporting module's own tables (issue 18): what it stores of its own (saved pivots, closed periods, the
-- snapshots of reports sent). Figures themselves are read from the modules that record them.
create schema if not exists reporting;
