-- One index on the folded name serves both the duplicate lookup (name, date of birth, gender) and
-- the prefix search of names (text_pattern_ops keeps LIKE 'prefix%' indexable): each record write
-- maintains one index fewer.
create index person_record_duplicate_lookup on person_record (name_key text_pattern_ops, date_of_birth, gender);
drop index person_record_duplicate_key;
drop index person_record_name_key;
