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

-- Fill them from the cells already maintained, so that existing deployments need no rebuild: every
-- cell (of persons, or of a unit's records) as one row per column and value.
create temporary table cell_value on commit drop as
select c.cell_key, c.unit_code, c.weight,
       c.qualification in ('BACHELOR', 'MASTER', 'DOCTORATE') as university_plus, v.position, v.name, v.value
from (select cell_key, null::varchar as unit_code, birth_year, gender, ethnic_group, qualification, academic_title,
             field_of_study, sector, employment, state_apparatus, meets_standard, trained_abroad, lives_abroad,
             foreign_national, weight from person_cell
      union all
      select cell_key, unit_code, birth_year, gender, ethnic_group, qualification, academic_title,
             field_of_study, sector, employment, state_apparatus, meets_standard, trained_abroad, lives_abroad,
             foreign_national, weight from unit_cell) c
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
    (12, 'foreign_national', foreign_national::text)) v (position, name, value);

insert into pair_total
select a.name, a.value, b.name, b.value, sum(a.weight), coalesce(sum(a.weight) filter (where a.university_plus), 0)
from cell_value a join cell_value b on b.cell_key = a.cell_key and b.position > a.position
where a.unit_code is null and b.unit_code is null
group by 1, 2, 3, 4;

insert into unit_total
select unit_code, name, value, sum(weight), coalesce(sum(weight) filter (where university_plus), 0)
from cell_value where unit_code is not null
group by 1, 2, 3;

drop table dimension_total;
