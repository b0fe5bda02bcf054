-- Bulk-loads synthetic persons into every office whose code starts with 'BN' (PostgreSQL only):
-- :per_office persons each, two names (Hangul and Revised Romanization), a nationality, and a
-- priority need for one person in fifty. Names are drawn from common Korean surnames and given-name
-- syllables, so prefix searches hit realistic fractions of the data. Usage: psql -v per_office=100000
\set ON_ERROR_STOP on
CREATE TEMP TABLE bench_name AS
SELECT g AS n,
       (ARRAY['김','이','박','최','정','강','조','윤','장','임','한','오','서','신','권','황','안','송','류','홍'])[1 + g % 20]
         || (ARRAY['영','철','순','명','은','성','미','정','경','진','혜','현','광','수','혁','남','옥','희','준','호'])[1 + (g / 20) % 20]
         || (ARRAY['호','수','희','숙','정','민','경','진','철','일','자','남','옥','별','빈','아','우','연','주','석'])[1 + (g / 400) % 20] AS hangul,
       (ARRAY['Gim','I','Bak','Choe','Jeong','Gang','Jo','Yun','Jang','Im','Han','O','Seo','Sin','Gwon','Hwang','An','Song','Ryu','Hong'])[1 + g % 20]
         || ' ' || (ARRAY['Yeong','Cheol','Sun','Myeong','Eun','Seong','Mi','Jeong','Gyeong','Jin','Hye','Hyeon','Gwang','Su','Hyeok','Nam','Ok','Hui','Jun','Ho'])[1 + (g / 20) % 20]
         || lower((ARRAY['Ho','Su','Hui','Suk','Jeong','Min','Gyeong','Jin','Cheol','Il','Ja','Nam','Ok','Byeol','Bin','A','U','Yeon','Ju','Seok'])[1 + (g / 400) % 20]) AS latin
FROM generate_series(1, :per_office) g;

INSERT INTO person (id, office_id, reference, sex, dob_earliest, dob_latest, dob_precision, dob_qualifier,
                    dob_text, languages, best_language, interviewer_preference, interpreter_preference,
                    primary_name, created_at, updated_at, version)
SELECT gen_random_uuid(), o.id, o.code || '-B' || lpad(b.n::text, 7, '0'), (ARRAY['FEMALE','MALE'])[1 + b.n % 2],
       make_date(1940 + b.n % 60, 1, 1), make_date(1940 + b.n % 60, 12, 31), 'YEAR', 'EXACT', (1940 + b.n % 60)::text,
       'ko', 'ko', 'NONE', 'NONE', b.hangul, now() - make_interval(secs => b.n), now(), 0
FROM office o CROSS JOIN bench_name b
WHERE o.code LIKE 'BN%';

INSERT INTO person_name (person_id, office_id, position, script, full_name, is_primary, search_key)
SELECT p.id, p.office_id, 0, 'HANGUL', p.primary_name, TRUE, normalize(p.primary_name, NFKD)
FROM person p JOIN office o ON o.id = p.office_id WHERE o.code LIKE 'BN%';

INSERT INTO person_name (person_id, office_id, position, script, full_name, is_primary, search_key)
SELECT p.id, p.office_id, 1, 'LATIN_RR', b.latin, FALSE, lower(replace(b.latin, ' ', ''))
FROM person p JOIN office o ON o.id = p.office_id
JOIN bench_name b ON p.reference = o.code || '-B' || lpad(b.n::text, 7, '0')
WHERE o.code LIKE 'BN%';

INSERT INTO person_nationality (person_id, country, kind)
SELECT p.id, 'PRK', 'NATIONALITY' FROM person p JOIN office o ON o.id = p.office_id WHERE o.code LIKE 'BN%';

INSERT INTO person_need (person_id, office_id, need, flagged_on, flagged_by)
SELECT p.id, p.office_id, 'UNACCOMPANIED_CHILD', current_date, 'bench'
FROM person p JOIN office o ON o.id = p.office_id
WHERE o.code LIKE 'BN%' AND right(p.reference, 2) = '50';

ANALYZE person; ANALYZE person_name; ANALYZE person_nationality; ANALYZE person_need;
