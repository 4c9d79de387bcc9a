-- A batch creates persons and their records in one transaction; Hibernate groups inserts by table,
-- so the reference from a record to its new person is checked at commit, not per statement.
alter table person_record drop constraint person_record_person_id_fkey;
alter table person_record add constraint person_record_person_id_fkey
  foreign key (person_id) references person(id) deferrable initially deferred;
