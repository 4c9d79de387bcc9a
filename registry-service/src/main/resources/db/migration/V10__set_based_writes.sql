-- The batch path inserts records with INSERT … SELECT from a staging table: ids come from the
-- sequence one at a time (no ORM pooling any more).
alter sequence person_record_seq increment by 1;
alter table person_record alter column id set default nextval('person_record_seq');

-- Possible duplicates are queued in SQL with the lesser person id (PostgreSQL's uuid order) first,
-- so that a pair has one row whichever person was reported first. Earlier rows were ordered by
-- Java's signed comparison: keep one row per pair, in the new order.
delete from duplicate_candidate d using duplicate_candidate reverse
 where d.person_id > d.other_person_id
   and reverse.person_id = d.other_person_id and reverse.other_person_id = d.person_id;
update duplicate_candidate set person_id = other_person_id, other_person_id = person_id
 where person_id > other_person_id;
alter table duplicate_candidate add constraint duplicate_candidate_ordered check (person_id < other_person_id);

-- Fingerprints of requests were unkeyed SHA-256 digests of bodies holding national IDs in clear;
-- they are now keyed HMACs. The old ones are dropped (a retry within 24 h of the upgrade runs again,
-- and its records come back UNCHANGED).
delete from idempotency_key;
