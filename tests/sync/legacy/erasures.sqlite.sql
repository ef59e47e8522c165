-- The erasure tombstones as create_all made them before migrations (sqlite).
CREATE TABLE hq_erasures (
	id INTEGER NOT NULL,
	lead_id VARCHAR(36),
	phone_hash VARCHAR(64),
	erased_at VARCHAR(32) NOT NULL,
	erased_by VARCHAR(254) NOT NULL,
	source VARCHAR(16) NOT NULL,
	PRIMARY KEY (id)
);
CREATE INDEX ix_hq_erasures_lead ON hq_erasures (lead_id);
CREATE INDEX ix_hq_erasures_phone ON hq_erasures (phone_hash);
