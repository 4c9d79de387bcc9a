-- Contributions by type, level and year (issue 16), from version 2 of the person event. Each version keeps
-- what it carried; person_contribution holds the persons counted now, one row per type, level and year, with
-- the sector and the active units they are counted in, so a report groups and counts distinct contributors
-- over it without reading person_state.
alter table person_state add column contribution_counts jsonb not null default '[]';
alter table person_version add column contribution_counts jsonb not null default '[]';

create table person_contribution (
  person_id      uuid         not null,
  type           varchar(32)  not null,
  level          varchar(16)  not null,
  year           integer      not null,
  contributions  integer      not null,
  sector         varchar(32),
  unit_codes     varchar(32)[] not null,
  primary key (person_id, type, level, year)
);
create index person_contribution_by_type_year on person_contribution (type, year);
