-- The province's indicator counts now, per birth year (about a hundred rows): maintained with the
-- person_cell deltas in the same transaction, so that "now" totals read these rows instead of one row
-- per cell. Birth year stays a key because "young" depends on the asOf year. Unknown birth years
-- share the null row.
create table person_total (
  birth_year                       integer,
  persons                          bigint not null,
  university_plus                  bigint not null,
  civil_servants                   bigint not null,
  civil_servants_meeting_standard  bigint not null,
  women                            bigint not null,
  ethnic_minorities                bigint not null,
  retired                          bigint not null,
  outside_state                    bigint not null,
  doctorates                       bigint not null,
  professors                       bigint not null,
  associate_professors             bigint not null,
  constraint person_total_birth_year unique nulls not distinct (birth_year)
);

-- Fill it from the cells already maintained, so that existing deployments need no rebuild.
insert into person_total
select birth_year, sum(weight),
       coalesce(sum(weight) filter (where qualification in ('BACHELOR', 'MASTER', 'DOCTORATE')), 0),
       coalesce(sum(weight) filter (where employment = 'CIVIL_SERVANT'), 0),
       coalesce(sum(weight) filter (where employment = 'CIVIL_SERVANT' and meets_standard), 0),
       coalesce(sum(weight) filter (where gender = 'F'), 0),
       coalesce(sum(weight) filter (where ethnic_group = 'MINORITY'), 0),
       coalesce(sum(weight) filter (where state_apparatus = 'RETIRED'), 0),
       coalesce(sum(weight) filter (where state_apparatus = 'OUTSIDE'), 0),
       coalesce(sum(weight) filter (where qualification = 'DOCTORATE'), 0),
       coalesce(sum(weight) filter (where academic_title = 'PROFESSOR'), 0),
       coalesce(sum(weight) filter (where academic_title = 'ASSOCIATE_PROFESSOR'), 0)
from person_cell group by birth_year;
