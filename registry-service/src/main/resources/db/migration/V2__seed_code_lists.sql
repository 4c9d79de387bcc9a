-- Code lists owned by registry-service (DESIGN.md §3), served by GET /api/v1/registry/codes/{list}
-- and published to the other services. One multi-row INSERT per list; position is the display
-- order (1..n). label_vi is NFC-normalised Vietnamese, label_en is English.
-- Codes are stable API values: change a label freely, never reuse or rename a code.

-- qualifications: highest qualification, ordered COLLEGE < BACHELOR < MASTER < DOCTORATE.
-- Levels 5-8 of the Vietnamese Qualifications Framework (Decision 1982/QĐ-TTg, 2016). The plan
-- counts people "có trình độ cao đẳng trở lên" (§II.2.1.b), so nothing below COLLEGE is listed:
-- a record below COLLEGE is rejected.
insert into code_entry (list_name, code, label_vi, label_en, position) values
  ('qualifications', 'COLLEGE',   'Cao đẳng', 'College',           1),
  ('qualifications', 'BACHELOR',  'Đại học',  'Bachelor''s degree', 2),
  ('qualifications', 'MASTER',    'Thạc sĩ',  'Master''s degree',   3),
  ('qualifications', 'DOCTORATE', 'Tiến sĩ',  'Doctorate',         4);

-- academicTitles: state academic titles (chức danh Phó Giáo sư / Giáo sư, Decision 37/2018/QĐ-TTg).
insert into code_entry (list_name, code, label_vi, label_en, position) values
  ('academicTitles', 'ASSOCIATE_PROFESSOR', 'Phó Giáo sư', 'Associate Professor', 1),
  ('academicTitles', 'PROFESSOR',           'Giáo sư',     'Professor',           2);

-- sectors: where the person works. The plan names health, education, agriculture, industry and
-- services (§II.2.1.c), science & technology and culture/arts (§III.5.a) and the civil service
-- (§II.2.1.a); OTHER closes the list (DESIGN.md §3).
insert into code_entry (list_name, code, label_vi, label_en, position) values
  ('sectors', 'EDUCATION',             'Giáo dục và đào tạo',           'Education and training',   1),
  ('sectors', 'HEALTH',                'Y tế',                          'Health',                   2),
  ('sectors', 'AGRICULTURE',           'Nông nghiệp',                   'Agriculture',              3),
  ('sectors', 'INDUSTRY',              'Công nghiệp',                   'Industry',                 4),
  ('sectors', 'SERVICES',              'Dịch vụ',                       'Services',                 5),
  ('sectors', 'SCIENCE_TECHNOLOGY',    'Khoa học và công nghệ',         'Science and technology',   6),
  ('sectors', 'CULTURE_ARTS_SPORTS',   'Văn hóa, nghệ thuật, thể thao', 'Culture, arts and sports', 7),
  ('sectors', 'PUBLIC_ADMINISTRATION', 'Quản lý hành chính nhà nước',   'Public administration',    8),
  ('sectors', 'OTHER',                 'Khác',                          'Other',                    9);

-- employment: employment relationship. CADRE / CIVIL_SERVANT / PUBLIC_EMPLOYEE follow the
-- statutory categories cán bộ / công chức / viên chức (Law on Cadres and Civil Servants, Law on
-- Public Employees); the rest split "inside and outside the state apparatus, retirees" as the
-- plan's Appendix task III.2 asks. The first four derive stateApparatus = INSIDE, RETIRED derives
-- RETIRED, the others OUTSIDE (DESIGN.md §3).
insert into code_entry (list_name, code, label_vi, label_en, position) values
  ('employment', 'CADRE',              'Cán bộ',                               'Cadre (elected or appointed official)',  1),
  ('employment', 'CIVIL_SERVANT',      'Công chức',                            'Civil servant',                          2),
  ('employment', 'PUBLIC_EMPLOYEE',    'Viên chức',                            'Public employee (public service unit)',  3),
  ('employment', 'ARMED_FORCES',       'Lực lượng vũ trang',                   'Armed forces',                           4),
  ('employment', 'STATE_ENTERPRISE',   'Doanh nghiệp nhà nước',                'State-owned enterprise',                 5),
  ('employment', 'PRIVATE_ENTERPRISE', 'Doanh nghiệp ngoài nhà nước',          'Non-state enterprise',                   6),
  ('employment', 'FOREIGN_INVESTED',   'Doanh nghiệp có vốn đầu tư nước ngoài', 'Foreign-invested enterprise',            7),
  ('employment', 'SELF_EMPLOYED',      'Tự làm / hành nghề độc lập',           'Self-employed / independent professional', 8),
  ('employment', 'NON_PROFIT',         'Tổ chức phi lợi nhuận, hội',           'Non-profit organization or association', 9),
  ('employment', 'RETIRED',            'Đã nghỉ hưu',                          'Retired',                                10),
  ('employment', 'OTHER',              'Khác',                                 'Other',                                  11);

-- ethnicities: the 54 ethnic groups with their 2-digit codes from the GSO list "Danh mục các dân
-- tộc Việt Nam", Decision 1019/QĐ-TCTK of 12/11/2008 (ordered by the 1999 census population).
-- Note 04 Mường, 05 Khơ-me, 06 Hoa: the older 1979 list (Decision 121-TCTK/PPCĐ, still used by
-- some civil-registry systems) has 04 Hoa, 05 Khơ-me, 06 Mường, 11 Ngái, 12 Ê-đê ... - codes from
-- a 1979-based source must be mapped, not copied. Code 55 (Người nước ngoài, foreign national) is
-- deliberately absent: nationality is the record's foreignNational flag, not an ethnicity.
-- Ethnicity is sensitive personal data; reports only use ethnicGroups (KINH / MINORITY).
insert into code_entry (list_name, code, label_vi, label_en, position) values
  ('ethnicities', '01', 'Kinh',         'Kinh',         1),
  ('ethnicities', '02', 'Tày',          'Tay',          2),
  ('ethnicities', '03', 'Thái',         'Thai',         3),
  ('ethnicities', '04', 'Mường',        'Muong',        4),
  ('ethnicities', '05', 'Khơ-me',       'Khmer',        5),
  ('ethnicities', '06', 'Hoa',          'Hoa',          6),
  ('ethnicities', '07', 'Nùng',         'Nung',         7),
  ('ethnicities', '08', 'Mông',         'Hmong',        8),
  ('ethnicities', '09', 'Dao',          'Dao',          9),
  ('ethnicities', '10', 'Gia-rai',      'Gia Rai',      10),
  ('ethnicities', '11', 'Ê-đê',         'E De',         11),
  ('ethnicities', '12', 'Ba-na',        'Ba Na',        12),
  ('ethnicities', '13', 'Sán Chay',     'San Chay',     13),
  ('ethnicities', '14', 'Chăm',         'Cham',         14),
  ('ethnicities', '15', 'Cơ-ho',        'Co Ho',        15),
  ('ethnicities', '16', 'Xơ-đăng',      'Xo Dang',      16),
  ('ethnicities', '17', 'Sán Dìu',      'San Diu',      17),
  ('ethnicities', '18', 'Hrê',          'Hre',          18),
  ('ethnicities', '19', 'Ra-glai',      'Ra Glai',      19),
  ('ethnicities', '20', 'Mnông',        'Mnong',        20),
  ('ethnicities', '21', 'Thổ',          'Tho',          21),
  ('ethnicities', '22', 'Xtiêng',       'Xtieng',       22),
  ('ethnicities', '23', 'Khơ-mú',       'Kho Mu',       23),
  ('ethnicities', '24', 'Bru-Vân Kiều', 'Bru-Van Kieu', 24),
  ('ethnicities', '25', 'Cơ-tu',        'Co Tu',        25),
  ('ethnicities', '26', 'Giáy',         'Giay',         26),
  ('ethnicities', '27', 'Tà-ôi',        'Ta Oi',        27),
  ('ethnicities', '28', 'Mạ',           'Ma',           28),
  ('ethnicities', '29', 'Giẻ-Triêng',   'Gie Trieng',   29),
  ('ethnicities', '30', 'Co',           'Co',           30),
  ('ethnicities', '31', 'Chơ-ro',       'Cho Ro',       31),
  ('ethnicities', '32', 'Xinh-mun',     'Xinh Mun',     32),
  ('ethnicities', '33', 'Hà Nhì',       'Ha Nhi',       33),
  ('ethnicities', '34', 'Chu-ru',       'Chu Ru',       34),
  ('ethnicities', '35', 'Lào',          'Lao',          35),
  ('ethnicities', '36', 'La Chí',       'La Chi',       36),
  ('ethnicities', '37', 'Kháng',        'Khang',        37),
  ('ethnicities', '38', 'Phù Lá',       'Phu La',       38),
  ('ethnicities', '39', 'La Hủ',        'La Hu',        39),
  ('ethnicities', '40', 'La Ha',        'La Ha',        40),
  ('ethnicities', '41', 'Pà Thẻn',      'Pa Then',      41),
  ('ethnicities', '42', 'Lự',           'Lu',           42),
  ('ethnicities', '43', 'Ngái',         'Ngai',         43),
  ('ethnicities', '44', 'Chứt',         'Chut',         44),
  ('ethnicities', '45', 'Lô Lô',        'Lo Lo',        45),
  ('ethnicities', '46', 'Mảng',         'Mang',         46),
  ('ethnicities', '47', 'Cờ Lao',       'Co Lao',       47),
  ('ethnicities', '48', 'Bố Y',         'Bo Y',         48),
  ('ethnicities', '49', 'Cống',         'Cong',         49),
  ('ethnicities', '50', 'Si La',        'Si La',        50),
  ('ethnicities', '51', 'Pu Péo',       'Pu Peo',       51),
  ('ethnicities', '52', 'Rơ-măm',       'Ro Mam',       52),
  ('ethnicities', '53', 'Brâu',         'Brau',         53),
  ('ethnicities', '54', 'Ơ-đu',         'O Du',         54);

-- fieldsOfStudy: the 11 broad fields (2-digit codes) of UNESCO ISCED-F 2013 (ISCED Fields of
-- education and training 2013). Vietnamese labels are this project's translation.
insert into code_entry (list_name, code, label_vi, label_en, position) values
  ('fieldsOfStudy', '00', 'Chương trình và văn bằng chung',              'Generic programmes and qualifications',            1),
  ('fieldsOfStudy', '01', 'Giáo dục',                                   'Education',                                        2),
  ('fieldsOfStudy', '02', 'Nghệ thuật và nhân văn',                     'Arts and humanities',                              3),
  ('fieldsOfStudy', '03', 'Khoa học xã hội, báo chí và thông tin',      'Social sciences, journalism and information',      4),
  ('fieldsOfStudy', '04', 'Kinh doanh, quản lý và pháp luật',           'Business, administration and law',                 5),
  ('fieldsOfStudy', '05', 'Khoa học tự nhiên, toán học và thống kê',    'Natural sciences, mathematics and statistics',     6),
  ('fieldsOfStudy', '06', 'Công nghệ thông tin và truyền thông',        'Information and Communication Technologies',       7),
  ('fieldsOfStudy', '07', 'Kỹ thuật, sản xuất và xây dựng',             'Engineering, manufacturing and construction',      8),
  ('fieldsOfStudy', '08', 'Nông nghiệp, lâm nghiệp, thủy sản và thú y', 'Agriculture, forestry, fisheries and veterinary',  9),
  ('fieldsOfStudy', '09', 'Sức khỏe và phúc lợi xã hội',                'Health and welfare',                               10),
  ('fieldsOfStudy', '10', 'Dịch vụ',                                    'Services',                                         11);

-- contributionTypes: the contributions the plan wants recorded ("kết quả đóng góp của đội ngũ trí
-- thức", Appendix III.2-III.3): research projects and technology transfer (§III.4), initiatives,
-- patents and the provincial S&T award (§III.3.a), consulting / critical review / social
-- assessment (§III.3.b, §III.5), scientific publications.
insert into code_entry (list_name, code, label_vi, label_en, position) values
  ('contributionTypes', 'RESEARCH_PROJECT',  'Đề tài, dự án nghiên cứu',              'Research project',                                   1),
  ('contributionTypes', 'INITIATIVE',        'Sáng kiến',                             'Initiative (recognised workplace innovation)',       2),
  ('contributionTypes', 'PATENT',            'Sáng chế, giải pháp hữu ích',           'Patent or utility solution',                         3),
  ('contributionTypes', 'AWARD',             'Giải thưởng',                           'Award',                                              4),
  ('contributionTypes', 'CONSULTING_REVIEW', 'Tư vấn, phản biện, giám định xã hội',   'Consulting, critical review and social assessment', 5),
  ('contributionTypes', 'TECH_TRANSFER',     'Chuyển giao công nghệ',                 'Technology transfer',                                6),
  ('contributionTypes', 'PUBLICATION',       'Công bố khoa học',                      'Scientific publication',                             7);

-- contributionLevels: the level at which a contribution was approved or recognised (the usual
-- Vietnamese grading of S&T tasks: cấp cơ sở / cấp tỉnh / cấp quốc gia, plus international).
insert into code_entry (list_name, code, label_vi, label_en, position) values
  ('contributionLevels', 'UNIT',          'Cấp cơ sở',     'Unit (institutional) level', 1),
  ('contributionLevels', 'PROVINCIAL',    'Cấp tỉnh',      'Provincial level',           2),
  ('contributionLevels', 'NATIONAL',      'Cấp quốc gia',  'National level',             3),
  ('contributionLevels', 'INTERNATIONAL', 'Quốc tế',       'International',              4);

-- removalReasons: why a record stops counting (DESIGN.md §3-§4). ERROR erases the record from
-- history; NOT_REPORTED is set by the service when a unit's snapshot commit no longer contains the
-- record.
insert into code_entry (list_name, code, label_vi, label_en, position) values
  ('removalReasons', 'MOVED',                 'Chuyển đi',                         'Moved away',                         1),
  ('removalReasons', 'RETIRED_FROM_REGISTRY', 'Thôi theo dõi',                     'No longer tracked',                  2),
  ('removalReasons', 'DECEASED',              'Từ trần',                           'Deceased',                           3),
  ('removalReasons', 'ERROR',                 'Nhập sai',                          'Entered in error',                   4),
  ('removalReasons', 'NOT_REPORTED',          'Không còn trong danh sách báo cáo', 'No longer in the unit''s report', 5);

-- genders: M/F, as recorded on the citizen identity card (CCCD digit 4 encodes century and gender).
-- The plan asks for female intellectuals to be tracked (§III.2.a).
insert into code_entry (list_name, code, label_vi, label_en, position) values
  ('genders', 'M', 'Nam', 'Male',   1),
  ('genders', 'F', 'Nữ',  'Female', 2);

-- unitKinds: kinds of reporting units and agencies (DESIGN.md §3). The district level was
-- dissolved on 2025-07-01; DISTRICT stays for history.
insert into code_entry (list_name, code, label_vi, label_en, position) values
  ('unitKinds', 'PROVINCE',     'Tỉnh, thành phố trực thuộc trung ương',             'Province or centrally governed city',  1),
  ('unitKinds', 'DEPARTMENT',   'Sở, ban, ngành',                                    'Provincial department or agency',      2),
  ('unitKinds', 'DISTRICT',     'Huyện, thị xã, thành phố thuộc tỉnh (đến 30/6/2025)', 'District-level unit (until 30 June 2025)', 3),
  ('unitKinds', 'COMMUNE',      'Xã, phường, thị trấn, đặc khu',                     'Commune-level unit',                   4),
  ('unitKinds', 'ORGANIZATION', 'Cơ quan, tổ chức, đơn vị khác',                     'Other agency or organization',         5);

-- stateApparatus (derived from employment): the plan's Appendix task III.2 asks for the database
-- to cover people "trong và ngoài bộ máy hành chính nhà nước, lực lượng hưu trí".
insert into code_entry (list_name, code, label_vi, label_en, position) values
  ('stateApparatus', 'INSIDE',  'Trong bộ máy nhà nước', 'Inside the state apparatus',  1),
  ('stateApparatus', 'OUTSIDE', 'Ngoài bộ máy nhà nước', 'Outside the state apparatus', 2),
  ('stateApparatus', 'RETIRED', 'Hưu trí',               'Retired',                     3);

-- ageBands (derived from date or year of birth; DESIGN.md §3): lets reports follow the plan's
-- priority to young intellectuals (§III.2.a) and retirements.
insert into code_entry (list_name, code, label_vi, label_en, position) values
  ('ageBands', 'UP_TO_30', 'Từ 30 tuổi trở xuống', '30 or younger', 1),
  ('ageBands', '31_35',    'Từ 31 đến 35 tuổi',    '31-35',         2),
  ('ageBands', '36_45',    'Từ 36 đến 45 tuổi',    '36-45',         3),
  ('ageBands', '46_55',    'Từ 46 đến 55 tuổi',    '46-55',         4),
  ('ageBands', '56_60',    'Từ 56 đến 60 tuổi',    '56-60',         5),
  ('ageBands', 'OVER_60',  'Trên 60 tuổi',         'Over 60',       6);

-- ethnicGroups (derived from ethnicity: '01' = KINH, any other code = MINORITY; DESIGN.md §3).
-- The only ethnic breakdown used in reports and exports, for the plan's priority to
-- ethnic-minority intellectuals (§III.2.a, §III.2.c).
insert into code_entry (list_name, code, label_vi, label_en, position) values
  ('ethnicGroups', 'KINH',     'Kinh',              'Kinh',           1),
  ('ethnicGroups', 'MINORITY', 'Dân tộc thiểu số',  'Ethnic minority', 2);
