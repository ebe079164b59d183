-- The installation's own accounts (SYSTEM_ADMIN, AUDITOR) belong to no county. H2 and MySQL write this differently;
-- the h2 folder holds the same change.
ALTER TABLE app_user MODIFY COLUMN county_id BIGINT NULL;
