-- The counters are a few thousand rows, each updated in nearly every applied poll. Full pages left no room
-- for heap-only (HOT) updates: half of the updates added index entries, and with autovacuum off or behind,
-- each poll's upsert walked ever longer chains of dead versions (pair_total: 2,500 live rows, 55,000 dead,
-- 107 ms a poll during a 150k push). Half-empty pages let nearly every update stay in its page, where the
-- next access prunes the dead version (docs/PERFORMANCE.md). Applies to pages written from now on; a
-- rebuild rewrites them all.
alter table pair_total set (fillfactor = 50);
alter table unit_total set (fillfactor = 50);
alter table person_total set (fillfactor = 50);
