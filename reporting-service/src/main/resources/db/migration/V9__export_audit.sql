-- Every person export, who asked for what and how many rows left (issue 15): microdata leave the system
-- only this way, so the province can answer "who took the register, when".
create table export_audit (
  id            bigserial    primary key,
  caller        varchar(200) not null,
  format        varchar(16)  not null,
  as_of         date,
  known_at      varchar(40),
  started_at    timestamptz  not null,
  finished_at   timestamptz  not null,
  rows_written  bigint       not null,
  completed     boolean      not null   -- false: the download broke off
);
