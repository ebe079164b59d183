-- The installation's own accounts (SYSTEM_ADMIN, AUDITOR) belong to no county. H2 and MySQL write this differently;
-- the mysql folder holds the same change.
ALTER TABLE app_user ALTER COLUMN county_id SET NULL;
