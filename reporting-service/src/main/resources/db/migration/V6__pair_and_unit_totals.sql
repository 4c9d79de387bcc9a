-- Counters for every breakdown that names at most two cell columns (two dimensions, or one and a
-- filter) and for unit breakdowns by at most one more column, maintained with the person_cell deltas in
-- the same transaction: such a breakdown reads the rows of one column pair or one column, a number
-- bounded by the columns' values, not by persons or cells. Values are stored as their SQL text, null
-- for unknown; rows reaching zero are kept and skipped by reads. They replace dimension_total, whose
-- one-way rows are the pair rows of a column and a two-valued column.
create table pair_total (
  column_a         varchar(32)  not null,  -- the earlier of the two in the cell's column order
  value_a          varchar(64),
  column_b         varchar(32)  not null,
  value_b          varchar(64),
  persons          bigint       not null,
  university_plus  bigint       not null,
  constraint pair_total_key unique nulls not distinct (column_a, value_a, column_b, value_b)
);
create index pair_total_columns on pair_total (column_a, column_b);

create table unit_total (
  unit_code        varchar(32)  not null,
  column_name      varchar(32)  not null,
  value            varchar(64),
  records          bigint       not null,
  university_plus  bigint       not null,
  constraint unit_total_key unique nulls not distinct (unit_code, column_name, value)
);
create index unit_total_column on unit_total (column_name);

-- Fill them from the cells already maintained, so that existing deployments need no rebuild.
insert into pair_total
select a.name, a.value, b.name, b.value, sum(weight), coalesce(sum(weight) filter (where qualification in ('BACHELOR', 'MASTER', 'DOCTORATE')), 0)
from person_cell
cross join lateral (values
    (0, 'birth_year', birth_year::text),
    (1, 'gender', gender),
    (2, 'ethnic_group', ethnic_group),
    (3, 'qualification', qualification),
    (4, 'academic_title', academic_title),
    (5, 'field_of_study', field_of_study),
    (6, 'sector', sector),
    (7, 'employment', employment),
    (8, 'state_apparatus', state_apparatus),
    (9, 'meets_standard', meets_standard::text),
    (10, 'trained_abroad', trained_abroad::text),
    (11, 'lives_abroad', lives_abroad::text),
    (12, 'foreign_national', foreign_national::text)) a (position, name, value)
cross join lateral (values
    (0, 'birth_year', birth_year::text),
    (1, 'gender', gender),
    (2, 'ethnic_group', ethnic_group),
    (3, 'qualification', qualification),
    (4, 'academic_title', academic_title),
    (5, 'field_of_study', field_of_study),
    (6, 'sector', sector),
    (7, 'employment', employment),
    (8, 'state_apparatus', state_apparatus),
    (9, 'meets_standard', meets_standard::text),
    (10, 'trained_abroad', trained_abroad::text),
    (11, 'lives_abroad', lives_abroad::text),
    (12, 'foreign_national', foreign_national::text)) b (position, name, value)
where a.position < b.position
group by 1, 2, 3, 4;

insert into unit_total
select unit_code, a.name, a.value, sum(weight), coalesce(sum(weight) filter (where qualification in ('BACHELOR', 'MASTER', 'DOCTORATE')), 0)
from unit_cell
cross join lateral (values
    (0, 'birth_year', birth_year::text),
    (1, 'gender', gender),
    (2, 'ethnic_group', ethnic_group),
    (3, 'qualification', qualification),
    (4, 'academic_title', academic_title),
    (5, 'field_of_study', field_of_study),
    (6, 'sector', sector),
    (7, 'employment', employment),
    (8, 'state_apparatus', state_apparatus),
    (9, 'meets_standard', meets_standard::text),
    (10, 'trained_abroad', trained_abroad::text),
    (11, 'lives_abroad', lives_abroad::text),
    (12, 'foreign_national', foreign_national::text)) a (position, name, value)
group by 1, 2, 3;

drop table dimension_total;
