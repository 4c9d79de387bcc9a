-- The counters (person_total, pair_total, unit_total) answer every "now" indicator and every breakdown
-- naming at most two dimensions, or a unit and one more. The per-cell tables, keyed by every dimension
-- at once, held almost one row per person with diverse data, so a question beyond the counters costs
-- about the same over person_state, while keeping them doubled the projection's writes.
drop table person_cell;
drop table unit_cell;
