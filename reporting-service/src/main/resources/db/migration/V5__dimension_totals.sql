-- One-way breakdowns now, per dimension and key (a few dozen rows): maintained with the person_cell
-- deltas in the same transaction, so that an unfiltered breakdown by one dimension reads these rows
-- instead of one row per cell. Age bands depend on the asOf year and are read from person_total.
create table dimension_total (
  dimension        varchar(32)  not null,  -- the API name, e.g. stateApparatus
  key              varchar(64)  not null,  -- the breakdown key, UNKNOWN for no value
  persons          bigint       not null,
  university_plus  bigint       not null,
  primary key (dimension, key)
);

-- Fill it from the cells already maintained, so that existing deployments need no rebuild.
insert into dimension_total
select dimension, key, sum(weight), sum(university_plus) from (
select 'sector', coalesce(sector::text, 'UNKNOWN'), weight, case when qualification in ('BACHELOR', 'MASTER', 'DOCTORATE') then weight else 0 end from person_cell
union all
select 'qualification', coalesce(qualification::text, 'UNKNOWN'), weight, case when qualification in ('BACHELOR', 'MASTER', 'DOCTORATE') then weight else 0 end from person_cell
union all
select 'employment', coalesce(employment::text, 'UNKNOWN'), weight, case when qualification in ('BACHELOR', 'MASTER', 'DOCTORATE') then weight else 0 end from person_cell
union all
select 'stateApparatus', coalesce(state_apparatus::text, 'UNKNOWN'), weight, case when qualification in ('BACHELOR', 'MASTER', 'DOCTORATE') then weight else 0 end from person_cell
union all
select 'gender', coalesce(gender::text, 'UNKNOWN'), weight, case when qualification in ('BACHELOR', 'MASTER', 'DOCTORATE') then weight else 0 end from person_cell
union all
select 'ethnicGroup', coalesce(ethnic_group::text, 'UNKNOWN'), weight, case when qualification in ('BACHELOR', 'MASTER', 'DOCTORATE') then weight else 0 end from person_cell
union all
select 'fieldOfStudy', coalesce(field_of_study::text, 'UNKNOWN'), weight, case when qualification in ('BACHELOR', 'MASTER', 'DOCTORATE') then weight else 0 end from person_cell
union all
select 'academicTitle', coalesce(academic_title::text, 'UNKNOWN'), weight, case when qualification in ('BACHELOR', 'MASTER', 'DOCTORATE') then weight else 0 end from person_cell
union all
select 'meetsStandard', coalesce(meets_standard::text, 'UNKNOWN'), weight, case when qualification in ('BACHELOR', 'MASTER', 'DOCTORATE') then weight else 0 end from person_cell
union all
select 'trainedAbroad', coalesce(trained_abroad::text, 'UNKNOWN'), weight, case when qualification in ('BACHELOR', 'MASTER', 'DOCTORATE') then weight else 0 end from person_cell
union all
select 'livesAbroad', coalesce(lives_abroad::text, 'UNKNOWN'), weight, case when qualification in ('BACHELOR', 'MASTER', 'DOCTORATE') then weight else 0 end from person_cell
union all
select 'foreignNational', coalesce(foreign_national::text, 'UNKNOWN'), weight, case when qualification in ('BACHELOR', 'MASTER', 'DOCTORATE') then weight else 0 end from person_cell
) cell (dimension, key, weight, university_plus)
group by dimension, key;
