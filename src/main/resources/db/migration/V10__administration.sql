-- Administration of a county by its own people. Written to run unchanged on H2 2.x and MySQL 8 / MariaDB 10.11.

-- The county's defaults for a new campaign: review periods in working days, and the day of the year after the
-- campaign's year by which the reports must be public, as MM-DD (04-01: 1 April).
ALTER TABLE county ADD COLUMN legal_review_days INT NOT NULL DEFAULT 5;
ALTER TABLE county ADD COLUMN county_review_days INT NOT NULL DEFAULT 5;
ALTER TABLE county ADD COLUMN publication_due VARCHAR(5) NOT NULL DEFAULT '04-01';

-- A deactivated township gets no report in a new campaign; its reports and history stay.
ALTER TABLE township ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;

ALTER TABLE app_user ADD COLUMN phone VARCHAR(32);

-- The township's name when the report was opened: a report keeps the name it was written under after a rename.
ALTER TABLE report ADD COLUMN township_name VARCHAR(100);
UPDATE report SET township_name = (SELECT t.name FROM township t WHERE t.id = report.township_id);
