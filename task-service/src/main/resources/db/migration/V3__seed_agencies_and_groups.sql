-- Agencies the 2024 plan names, copied from registry-service's unit seed (its V3__seed_units.sql,
-- see the reasons for codes, dates and successors there) so that tasks, statuses and reports work
-- before the first iwd.registry.unit.v1 event arrives. version 0: any published unit version (1 and
-- up) replaces the seeded row.
insert into agency (code, name_vi, name_en, kind, parent_code, valid_from, valid_to, successor_codes, version) values
  ('52', 'Tỉnh Gia Lai',                  'Gia Lai Province',                      'PROVINCE', null, '2025-07-01', null,         '{}', 0),
  ('64', 'Tỉnh Gia Lai (trước 01/7/2025)', 'Gia Lai Province (before 1 July 2025)', 'PROVINCE', null, '2004-01-01', '2025-06-30', '{52}', 0),
  ('622', 'Thành phố Pleiku',  'Pleiku City',         'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}', 0),
  ('623', 'Thị xã An Khê',     'An Khe Town',         'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}', 0),
  ('624', 'Thị xã Ayun Pa',    'Ayun Pa Town',        'DISTRICT', '64', '2007-03-30', '2025-06-30', '{52}', 0),
  ('625', 'Huyện KBang',       'KBang District',      'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}', 0),
  ('626', 'Huyện Đak Đoa',     'Dak Doa District',    'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}', 0),
  ('627', 'Huyện Chư Păh',     'Chu Pah District',    'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}', 0),
  ('628', 'Huyện Ia Grai',     'Ia Grai District',    'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}', 0),
  ('629', 'Huyện Mang Yang',   'Mang Yang District',  'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}', 0),
  ('630', 'Huyện Kông Chro',   'Kong Chro District',  'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}', 0),
  ('631', 'Huyện Đức Cơ',      'Duc Co District',     'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}', 0),
  ('632', 'Huyện Chư Prông',   'Chu Prong District',  'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}', 0),
  ('633', 'Huyện Chư Sê',      'Chu Se District',     'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}', 0),
  ('634', 'Huyện Đak Pơ',      'Dak Po District',     'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}', 0),
  ('635', 'Huyện Ia Pa',       'Ia Pa District',      'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}', 0),
  ('637', 'Huyện Krông Pa',    'Krong Pa District',   'DISTRICT', '64', '2004-01-01', '2025-06-30', '{52}', 0),
  ('638', 'Huyện Phú Thiện',   'Phu Thien District',  'DISTRICT', '64', '2007-03-30', '2025-06-30', '{52}', 0),
  ('639', 'Huyện Chư Pưh',     'Chu Puh District',    'DISTRICT', '64', '2009-08-27', '2025-06-30', '{52}', 0),
  ('SO-KHDT',   'Sở Kế hoạch và Đầu tư',          'Department of Planning and Investment',      'DEPARTMENT', '64', '2004-01-01', '2025-02-28', '{SO-TC}', 0),
  ('SO-TTTT',   'Sở Thông tin và Truyền thông',   'Department of Information and Communications', 'DEPARTMENT', '64', '2004-01-01', '2025-02-28', '{SO-KHCN}', 0),
  ('UBND-TINH', 'Ủy ban nhân dân tỉnh Gia Lai',    'Gia Lai Provincial People''s Committee',    'ORGANIZATION', '52', '2004-01-01', null, '{}', 0),
  ('SO-KHCN',   'Sở Khoa học và Công nghệ',       'Department of Science and Technology',       'DEPARTMENT', '52', '2004-01-01', null, '{}', 0),
  ('SO-NV',     'Sở Nội vụ',                      'Department of Home Affairs',                 'DEPARTMENT', '52', '2004-01-01', null, '{}', 0),
  ('SO-GDDT',   'Sở Giáo dục và Đào tạo',         'Department of Education and Training',       'DEPARTMENT', '52', '2004-01-01', null, '{}', 0),
  ('SO-YTE',    'Sở Y tế',                        'Department of Health',                       'DEPARTMENT', '52', '2004-01-01', null, '{}', 0),
  ('SO-VHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'Department of Culture, Sports and Tourism',  'DEPARTMENT', '52', '2004-01-01', null, '{}', 0),
  ('SO-TC',     'Sở Tài chính',                   'Department of Finance',                      'DEPARTMENT', '52', '2004-01-01', null, '{}', 0),
  ('SO-NGV',    'Sở Ngoại vụ',                    'Department of Foreign Affairs',              'DEPARTMENT', '52', '2004-01-01', null, '{}', 0),
  ('LHH-KHKT',  'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Gia Lai', 'Gia Lai Union of Science and Technology Associations', 'ORGANIZATION', '52', '2004-01-01', null, '{}', 0),
  ('HOI-VHNT',  'Hội Văn học Nghệ thuật tỉnh Gia Lai', 'Gia Lai Association of Literature and Arts', 'ORGANIZATION', '52', '2004-01-01', null, '{}', 0),
  ('CD-GIALAI', 'Trường Cao đẳng Gia Lai',        'Gia Lai College',                            'ORGANIZATION', '52', '2004-01-01', null, '{}', 0),
  ('HH-DN',     'Hiệp hội Doanh nghiệp tỉnh Gia Lai', 'Gia Lai Business Association',           'ORGANIZATION', '52', '2004-01-01', null, '{}', 0);

-- Agency groups of the Appendix (docs/task-service.md, "Agency groups"):
--   SO-BAN-NGANH  every DEPARTMENT unit (UBND-TINH is the plan's issuer, not one of its sở/ban/ngành);
--   UBND-HUYEN    every DISTRICT unit (after 2025-06-30 their duties pass to the successor);
--   TC-CTXH       the provincial socio-political organisations: registry has no unit for any of them
--                 yet, so the group is empty until they are added to member_codes;
--   VIEN-TRUONG   research institutes, colleges and universities in the province: CD-GIALAI;
--   LIEN-QUAN     "related" agencies, decided case by case: no fixed members.
insert into agency_group (code, name_vi, member_kinds, member_codes) values
  ('SO-BAN-NGANH', 'Các sở, ban, ngành',                                                      '{DEPARTMENT}', '{}'),
  ('UBND-HUYEN',   'UBND các huyện, thị xã, thành phố',                                       '{DISTRICT}',   '{}'),
  ('TC-CTXH',      'Các tổ chức chính trị - xã hội tỉnh',                                     '{}',           '{}'),
  ('VIEN-TRUONG',  'Các viện nghiên cứu, trường cao đẳng, đại học đóng chân trên địa bàn tỉnh', '{}',           '{CD-GIALAI}'),
  ('LIEN-QUAN',    'Các sở, ngành, đơn vị liên quan',                                         '{}',           '{}');
