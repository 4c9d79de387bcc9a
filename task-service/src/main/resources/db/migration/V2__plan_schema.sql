-- Agencies are registry units: this is task-service's own copy, kept current by consuming
-- iwd.registry.unit.v1 (a newer version replaces the row) and seeded in V3 so the service works
-- before the first unit event arrives.
create table agency (
  code            varchar(32)  primary key,
  name_vi         varchar(300) not null,
  name_en         varchar(300),
  kind            varchar(16)  not null,
  parent_code     varchar(32),
  valid_from      date         not null,
  valid_to        date,
  successor_codes varchar(32)[] not null default '{}',
  version         bigint       not null,
  updated_at      timestamptz  not null default now()
);

-- A named set of agencies as the plan writes it ("Các sở, ban, ngành"): every unit of one of
-- member_kinds plus the units listed in member_codes. Kinds make units that registry adds later
-- members automatically.
create table agency_group (
  code         varchar(32)  primary key,
  name_vi      varchar(300) not null,
  member_kinds varchar(16)[] not null default '{}',
  member_codes varchar(32)[] not null default '{}'
);

create table plan_task (
  id                    bigserial     primary key,
  code                  varchar(32)   not null unique,
  plan_code             varchar(64)   not null,
  group_code            varchar(16)   not null,
  group_title           varchar(500),
  title                 varchar(2000) not null,
  -- lead and coordinating agencies: the plan's wording plus the units and groups it names
  lead_text             varchar(1000),
  lead_units            varchar(32)[] not null default '{}',
  lead_groups           varchar(32)[] not null default '{}',
  coordinating_text     varchar(1000),
  coordinating_units    varchar(32)[] not null default '{}',
  coordinating_groups   varchar(32)[] not null default '{}',
  schedule_kind         varchar(16)   not null,
  schedule_text         varchar(300),
  due_date              date,
  start_year            integer,
  -- null: the configured default (iwd.plan.days-after-trigger)
  days_after_trigger    integer,
  triggered_on          date,
  trigger_reference     varchar(500),
  submission_level      varchar(200),
  version               bigint        not null default 0,
  -- digest of the derived part (status, agencies, obligations) last published, so that the daily
  -- sweep publishes only tasks whose derived state changed with time or units
  published_fingerprint varchar(64),
  updated_at            timestamptz   not null default now(),
  constraint plan_task_schedule_kind check (schedule_kind in ('ONGOING', 'DEADLINE', 'AFTER_TRIGGER', 'ANNUAL_FROM'))
);
create index plan_task_plan on plan_task (plan_code, id);

-- Progress reports are never updated or deleted: the history is the record of who reported what.
create table progress_report (
  id           bigserial     primary key,
  task_id      bigint        not null references plan_task(id),
  agency_code  varchar(32)   not null,
  -- LEAD or COORDINATING at the time of the report
  agency_role  varchar(16)   not null,
  period       varchar(4)    not null,
  status       varchar(16)   not null,
  summary      varchar(4000) not null,
  evidence     varchar(2000)[] not null default '{}',
  submitted_at timestamptz   not null,
  submitted_by varchar(200)  not null,
  constraint progress_report_status check (status in ('IN_PROGRESS', 'DONE'))
);
create index progress_report_task on progress_report (task_id, id);
