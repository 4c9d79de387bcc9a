-- Record ids come from a pooled sequence (50 per round trip) so that Hibernate can insert a
-- batch's records in JDBC batches; an identity column forces one round trip per row.
create sequence person_record_seq start with 1 increment by 50;
select setval('person_record_seq', (select coalesce(max(id), 0) + 50 from person_record));
alter table person_record alter column id drop default;
drop sequence person_record_id_seq;
