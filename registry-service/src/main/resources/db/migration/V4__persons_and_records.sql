-- A de-duplicated natural person. The national ID is never stored in clear: only a keyed HMAC
-- (for de-duplication) and its last 4 digits. The profile columns are derived from the active
-- records (see PersonProfile) and are what the person events publish.
create table person (
  id                     uuid         primary key,
  national_id_hmac       varchar(64)  unique,
  national_id_last4      varchar(4),
  version                bigint       not null,
  active_records         integer      not null,
  highest_qualification  varchar(16),
  academic_title         varchar(32),
  sector                 varchar(32),
  employment             varchar(32),
  updated_at             timestamptz  not null
);

-- What one unit reports about one person, keyed by (unit_code, external_id).
create table person_record (
  id                     bigserial    primary key,
  unit_code              varchar(32)  not null references unit(code),
  external_id            varchar(64)  not null,
  person_id              uuid         not null references person(id),
  full_name              varchar(200) not null,
  name_key               varchar(200) not null,   -- lower case, no diacritics, đ→d: search and duplicate detection
  national_id_hmac       varchar(64),
  national_id_last4      varchar(4),
  date_of_birth          date,
  birth_year             integer      not null,
  gender                 char(1)      not null,
  ethnicity              varchar(2),
  highest_qualification  varchar(16)  not null,
  academic_title         varchar(32),
  field_of_study         varchar(2),
  sector                 varchar(32)  not null,
  employment             varchar(32)  not null,
  employer               varchar(300),
  meets_standard         boolean,
  trained_abroad         boolean      not null,
  lives_abroad           boolean      not null,
  foreign_national       boolean      not null,
  contributions          jsonb        not null,
  effective_date         date         not null,
  removed_on             date,
  removal_reason         varchar(32),
  content_hash           varchar(64)  not null,
  version                bigint       not null,
  created_at             timestamptz  not null,
  updated_at             timestamptz  not null,
  unique (unit_code, external_id)
);
create index person_record_person on person_record (person_id);
create index person_record_unit_updated on person_record (unit_code, updated_at, id);
create index person_record_name_key on person_record (name_key text_pattern_ops);
create index person_record_duplicate_key on person_record (name_key, date_of_birth, gender);

-- Possible duplicates (same name, date of birth and gender, no national ID) awaiting review.
create table duplicate_candidate (
  id            bigserial    primary key,
  person_id     uuid         not null references person(id),
  other_person_id uuid       not null references person(id),
  status        varchar(16)  not null,             -- OPEN, MERGED, DISTINCT
  created_at    timestamptz  not null,
  resolved_at   timestamptz,
  resolved_by   varchar(100),
  unique (person_id, other_person_id)
);

-- Who wrote what and who read whose personal data. Never holds names or national IDs.
create table audit_log (
  id          bigserial    primary key,
  at          timestamptz  not null default now(),
  client_id   varchar(100) not null,
  action      varchar(40)  not null,
  target      varchar(200) not null,
  request_id  varchar(100)
);
