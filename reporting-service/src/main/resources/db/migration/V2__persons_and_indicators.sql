-- Person projection (iwd.registry.person.v1), the aggregates maintained from it, targets, published
-- annual reports and plan tasks (iwd.plan.task.v1). docs/indicators.md explains each table's role.

-- The newest applied version of each person's statistical profile (no name, national ID or date of birth).
create table person_state (
  person_id             uuid         primary key,
  version               bigint       not null,
  removed               boolean      not null,
  birth_year            integer,
  gender                varchar(1),
  ethnic_group          varchar(16),
  qualification         varchar(16),
  academic_title        varchar(32),
  field_of_study        varchar(2),
  sector                varchar(32),
  employment            varchar(32),
  state_apparatus       varchar(16),
  meets_standard        boolean,
  trained_abroad        boolean      not null,
  lives_abroad          boolean      not null,
  foreign_national      boolean      not null,
  units                 jsonb        not null,  -- [{"unitCode", "from", "to"}] as published
  contributions         jsonb        not null,  -- {"TYPE": count}
  known_from            timestamptz  not null   -- the event's time: when registry made this version
);

-- Every version ever received (also late, out-of-order ones), so that "knownAt" can rebuild what was
-- known on a day: the highest version whose known_from precedes the end of that day.
create table person_version (like person_state including all);
alter table person_version drop constraint person_version_pkey;
alter table person_version add primary key (person_id, version);

-- Maintained aggregates: persons counted now, keyed by every non-unit dimension (cell_key joins them).
create table person_cell (
  cell_key          varchar(300) primary key,
  birth_year        integer,
  gender            varchar(1),
  ethnic_group      varchar(16),
  qualification     varchar(16),
  academic_title    varchar(32),
  field_of_study    varchar(2),
  sector            varchar(32),
  employment        varchar(32),
  state_apparatus   varchar(16),
  meets_standard    boolean,
  trained_abroad    boolean      not null,
  lives_abroad      boolean      not null,
  foreign_national  boolean      not null,
  weight            bigint       not null   -- persons
);

-- The same per unit: records (active memberships) counted now, so per-unit rows count records.
create table unit_cell (like person_cell including all);
alter table unit_cell add column unit_code varchar(32) not null;  -- weight = records

-- The consumer generation: a rebuild replaces it, which moves every replica to a new consumer group
-- that replays the topics from the beginning (docs/indicators.md, "Rebuild").
create table consumer_state (
  id          integer      primary key check (id = 1),
  generation  varchar(40)  not null
);
insert into consumer_state (id, generation) values (1, 'initial');

-- Freshness: the time of the newest event applied per partition (one row per partition, so that
-- replicas consuming different partitions never wait for each other).
create table consumer_progress (
  topic          varchar(200) not null,
  kafka_partition integer     not null,
  last_event_at  timestamptz  not null,
  primary key (topic, kafka_partition)
);

-- Targets seeded from the plan; every edit leaves a row in target_change.
create table target (
  indicator   varchar(64)   not null,
  year        integer       not null,
  value       numeric(14,4) not null,
  source      varchar(500)  not null,
  updated_at  timestamptz   not null,
  updated_by  varchar(100)  not null,
  primary key (indicator, year)
);

create table target_change (
  id          bigserial     primary key,
  indicator   varchar(64)   not null,
  year        integer       not null,
  old_value   numeric(14,4),
  new_value   numeric(14,4) not null,
  source      varchar(500)  not null,
  changed_at  timestamptz   not null,
  changed_by  varchar(100)  not null
);

-- Kế hoạch số …/KH-UBND năm 2024 của UBND tỉnh Gia Lai (Resolution 107/NQ-CP, 45-NQ/TW), §II.2.
insert into target (indicator, year, value, source, updated_at, updated_by) values
  ('COLLEGE_PLUS_COUNT',           2030, 136000, 'Kế hoạch …/KH-UBND 2024 (Gia Lai)', now(), 'seed'),
  ('COLLEGE_PLUS_COUNT',           2045, 146000, 'Kế hoạch …/KH-UBND 2024 (Gia Lai)', now(), 'seed'),
  ('UNIVERSITY_PLUS_SHARE',        2030, 0.77,   'Kế hoạch …/KH-UBND 2024 (Gia Lai)', now(), 'seed'),
  ('UNIVERSITY_PLUS_SHARE',        2045, 0.80,   'Kế hoạch …/KH-UBND 2024 (Gia Lai)', now(), 'seed'),
  ('CIVIL_SERVANT_STANDARD_SHARE', 2030, 1.00,   'Kế hoạch …/KH-UBND 2024 (Gia Lai)', now(), 'seed');
insert into target_change (indicator, year, old_value, new_value, source, changed_at, changed_by)
  select indicator, year, null, value, source, updated_at, updated_by from target;

-- Published annual reports: insert-only, a re-publish is a new revision.
create table annual_report (
  year           integer      not null,
  revision       integer      not null,
  published_at   timestamptz  not null,
  published_by   varchar(100) not null,
  body           jsonb        not null,  -- what analysts and plan-admins see
  public_body    jsonb        not null,  -- the suppressed version served without authentication
  primary key (year, revision)
);

create function annual_report_is_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'published annual reports are immutable; publish a new revision instead';
end $$;
create trigger annual_report_immutable before update or delete on annual_report
  for each row execute function annual_report_is_immutable();

-- Plan tasks as task-service publishes them (iwd.plan.task.v1, docs/events/task-changed.schema.json):
-- the whole task after each change, including each agency's reporting obligations, for GET /plan-progress.
create table plan_task (
  code           varchar(32)  primary key,
  task_group     varchar(32),
  title          text,
  status         varchar(32),
  lead_agencies  varchar(64)[] not null default '{}',
  obligations    jsonb        not null default '[]',  -- [{"agency", "period", "dueDate", "state"}]
  version        bigint       not null
);
