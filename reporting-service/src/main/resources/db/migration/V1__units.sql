-- Units as registry-service publishes them (iwd.registry.unit.v1), for labels and successor roll-ups.
create table unit_view (
  code            varchar(32)  primary key,
  name_vi         varchar(300) not null,
  name_en         varchar(300),
  kind            varchar(16)  not null,
  parent_code     varchar(32),
  valid_from      date         not null,
  valid_to        date,
  successor_codes varchar(32)[] not null default '{}',
  version         bigint       not null,
  event_time      timestamptz  not null
);
