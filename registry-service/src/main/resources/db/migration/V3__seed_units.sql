-- Reporting units and agencies of the 2024 Gia Lai plan (seeds/000_44e8a013fdca5b0f.txt), with the
-- validity periods and successors that the 2025 reforms require (DESIGN.md §3). Parents are
-- inserted before their children. valid_to is the last valid day (null = still valid).
--
-- Codes: administrative units use their official GSO code (province 2 digits, district 3 digits);
-- agencies use readable codes matching [A-Z0-9-]{2,32}.
-- OPERATOR: check the GSO codes below against the official lists before going live
-- (Decision 124/2004/QĐ-TTg and its updates for the pre-2025 units, Decision 19/2025/QĐ-TTg for
-- the units in force from 2025-07-01).

-- ---------------------------------------------------------------------------------------------
-- Provinces
-- ---------------------------------------------------------------------------------------------
-- On 2025-07-01 Gia Lai (GSO 64) and Bình Định (GSO 52) were merged into one province named Gia
-- Lai, centred in Quy Nhơn; it took Bình Định's code 52. A primary key cannot repeat, so:
--   '64' = Gia Lai before the merger (the province the 2024 plan was written for), retired,
--          successor '52';
--   '52' = the merged Gia Lai from 2025-07-01.
-- The pre-merger Bình Định province (also code 52 until 2025-06-30) is not modelled separately:
-- the plan is Gia Lai's and no Bình Định unit reports under it. If Bình Định's own history is
-- ever needed it must get a non-GSO code, since '52' is taken by the merged province.
-- valid_from of '64' is the start of the 2004 GSO code list, not the province's founding (1991).
insert into unit (code, name_vi, name_en, kind, parent_code, valid_from, valid_to, successor_codes) values
  ('52', 'Tỉnh Gia Lai',                  'Gia Lai Province',                      'PROVINCE', null, '2025-07-01', null,         '{}'),
  ('64', 'Tỉnh Gia Lai (trước 01/7/2025)', 'Gia Lai Province (before 1 July 2025)', 'PROVINCE', null, '2004-01-01', '2025-06-30', '{52}');

-- ---------------------------------------------------------------------------------------------
-- District-level units of the old Gia Lai (17), GSO district codes 622-639 (636 unused)
-- ---------------------------------------------------------------------------------------------
-- The district level was dissolved on 2025-07-01, so all of them end on 2025-06-30. Their
-- territory went to commune-level units of the merged province '52'; the successor here is the
-- province because the commune crosswalk (135 communes and wards) is loaded later through the
-- API (PUT /units/{code}), which can then narrow successor_codes to the communes.
-- valid_from: 2004-01-01 (start of the GSO list, as for '64') for the units that already existed
-- then; the dates of the establishing instruments for the three created later:
--   624 Thị xã Ayun Pa and 638 Huyện Phú Thiện: Decree 50/2007/NĐ-CP (30/3/2007) split the old
--       Ayun Pa district into the town and Phú Thiện;
--   639 Huyện Chư Pưh: Resolution 43/NQ-CP (27/8/2009) split it from Chư Sê (operating from
--       2010-01-01).
-- Names follow the legal spelling (Đak Đoa, Đak Pơ); the GSO list writes Đăk Đoa, Đăk Pơ.
insert into unit (code, name_vi, name_en, kind, parent_code, valid_from, valid_to, successor_codes) values
  ('622', 'Thành phố Pleiku',  'Pleiku City',         'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}'),
  ('623', 'Thị xã An Khê',     'An Khe Town',         'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}'),
  ('624', 'Thị xã Ayun Pa',    'Ayun Pa Town',        'DISTRICT', '64', '2007-03-30', '2025-06-30', '{52}'),
  ('625', 'Huyện KBang',       'KBang District',      'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}'),
  ('626', 'Huyện Đak Đoa',     'Dak Doa District',    'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}'),
  ('627', 'Huyện Chư Păh',     'Chu Pah District',    'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}'),
  ('628', 'Huyện Ia Grai',     'Ia Grai District',    'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}'),
  ('629', 'Huyện Mang Yang',   'Mang Yang District',  'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}'),
  ('630', 'Huyện Kông Chro',   'Kong Chro District',  'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}'),
  ('631', 'Huyện Đức Cơ',      'Duc Co District',     'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}'),
  ('632', 'Huyện Chư Prông',   'Chu Prong District',  'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}'),
  ('633', 'Huyện Chư Sê',      'Chu Se District',     'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}'),
  ('634', 'Huyện Đak Pơ',      'Dak Po District',     'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}'),
  ('635', 'Huyện Ia Pa',       'Ia Pa District',      'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}'),
  ('637', 'Huyện Krông Pa',    'Krong Pa District',   'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}'),
  ('638', 'Huyện Phú Thiện',   'Phu Thien District',  'DISTRICT', '64', '2007-03-30', '2025-06-30', '{52}'),
  ('639', 'Huyện Chư Pưh',     'Chu Puh District',    'DISTRICT', '64', '2009-08-27', '2025-06-30', '{52}');

-- ---------------------------------------------------------------------------------------------
-- Agencies named by the plan (text and Appendix)
-- ---------------------------------------------------------------------------------------------
-- Departments merged in early 2025 (restructuring of provincial departments, effective
-- 2025-03-01): they end on 2025-02-28 and name the department that took them over.
--   SO-KHDT (Planning and Investment)      -> merged into SO-TC (Finance).
--   SO-TTTT (Information and Communications) -> merged into SO-KHCN (Science and Technology);
--           its press and publishing functions went to SO-VHTTDL, but SO-KHCN is the successor
--           a reporting unit should move to.
-- They are children of the pre-merger province '64'.
--
-- All other agencies are still valid. After the 2025-07-01 province merger they continue as the
-- corresponding agencies of the merged province (which also absorbed their Bình Định
-- counterparts), so they hang under '52' with valid_from 2004-01-01. SIMPLIFICATION: their
-- identity is treated as continuous across the merger, keeping one code and one history per
-- agency, even though the parent '52' only exists from 2025-07-01 and the real founding dates
-- differ (e.g. Trường Cao đẳng Gia Lai is younger than 2004). Sở Nội vụ also absorbed Sở Lao động
-- - Thương binh và Xã hội in 2025, which is not modelled (it reports nothing in this plan).
-- Sở Ngoại vụ is left valid: Gia Lai, a border province, kept its foreign-affairs department
-- through the 2025 reforms as far as is known; change it through the API if that is wrong.
insert into unit (code, name_vi, name_en, kind, parent_code, valid_from, valid_to, successor_codes) values
  ('SO-KHDT',   'Sở Kế hoạch và Đầu tư',          'Department of Planning and Investment',      'DEPARTMENT', '64', '2004-01-01', '2025-02-28', '{SO-TC}'),
  ('SO-TTTT',   'Sở Thông tin và Truyền thông',   'Department of Information and Communications', 'DEPARTMENT', '64', '2004-01-01', '2025-02-28', '{SO-KHCN}');

insert into unit (code, name_vi, name_en, kind, parent_code, valid_from, valid_to, successor_codes) values
  -- Provincial People's Committee: issuer of the plan and the level most tasks report to.
  ('UBND-TINH', 'Ủy ban nhân dân tỉnh Gia Lai',    'Gia Lai Provincial People''s Committee',    'ORGANIZATION', '52', '2004-01-01', null, '{}'),
  -- Lead agency of the plan; aggregates the province's database and reports (Appendix III.3).
  ('SO-KHCN',   'Sở Khoa học và Công nghệ',       'Department of Science and Technology',       'DEPARTMENT', '52', '2004-01-01', null, '{}'),
  -- Lead of task II.1 (talent policy) and coordinator of III.1.
  ('SO-NV',     'Sở Nội vụ',                      'Department of Home Affairs',                 'DEPARTMENT', '52', '2004-01-01', null, '{}'),
  -- Coordinators of Appendix task III.1 (with SO-NV, SO-KHDT and SO-NGV).
  ('SO-GDDT',   'Sở Giáo dục và Đào tạo',         'Department of Education and Training',       'DEPARTMENT', '52', '2004-01-01', null, '{}'),
  ('SO-YTE',    'Sở Y tế',                        'Department of Health',                       'DEPARTMENT', '52', '2004-01-01', null, '{}'),
  ('SO-VHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'Department of Culture, Sports and Tourism',  'DEPARTMENT', '52', '2004-01-01', null, '{}'),
  ('SO-TC',     'Sở Tài chính',                   'Department of Finance',                      'DEPARTMENT', '52', '2004-01-01', null, '{}'),
  ('SO-NGV',    'Sở Ngoại vụ',                    'Department of Foreign Affairs',              'DEPARTMENT', '52', '2004-01-01', null, '{}'),
  -- Lead of Appendix tasks V.1-V.3 (intellectual associations, technical creativity contest).
  ('LHH-KHKT',  'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Gia Lai', 'Gia Lai Union of Science and Technology Associations', 'ORGANIZATION', '52', '2004-01-01', null, '{}'),
  -- Co-lead of Appendix task V.1.
  ('HOI-VHNT',  'Hội Văn học Nghệ thuật tỉnh Gia Lai', 'Gia Lai Association of Literature and Arts', 'ORGANIZATION', '52', '2004-01-01', null, '{}'),
  -- Named in §III.2.d; a reporting unit for its lecturers.
  ('CD-GIALAI', 'Trường Cao đẳng Gia Lai',        'Gia Lai College',                            'ORGANIZATION', '52', '2004-01-01', null, '{}'),
  -- Named in Appendix III.2-III.3 as a data provider for intellectuals outside the state apparatus.
  ('HH-DN',     'Hiệp hội Doanh nghiệp tỉnh Gia Lai', 'Gia Lai Business Association',           'ORGANIZATION', '52', '2004-01-01', null, '{}');
