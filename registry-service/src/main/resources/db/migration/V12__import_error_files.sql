-- Rejected rows of spreadsheet imports (issue 12), kept for a day so that the clerk can download them
-- with their errors (GET /units/{unit}/imports/{id}/errors), fix them and upload again. The rows hold
-- names and national IDs as typed, so the content is encrypted (AES-GCM under a key derived from
-- IWD_NATIONAL_ID_HMAC_KEY); a table dump reveals nothing of them.
create table import_error_file (
  id          uuid         primary key,
  unit_code   varchar(32)  not null,
  client_id   varchar(100) not null,
  created_at  timestamptz  not null,
  content     bytea        not null
);
create index import_error_file_created on import_error_file (created_at);
