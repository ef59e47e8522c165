-- The HQ schema as `Store.migrate()` made it before migrations (create_all of the store and
-- console tables, then ensure_console_schema's indexes), SQLite: the starting point of upgrades.
CREATE TABLE hq_agents (
	id INTEGER NOT NULL,
	email VARCHAR(254) NOT NULL,
	role VARCHAR(16) NOT NULL,
	region VARCHAR(64),
	password_hash VARCHAR(255) NOT NULL,
	disabled BOOLEAN NOT NULL,
	language VARCHAR(2) NOT NULL,
	created_at VARCHAR(20) NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT uq_hq_agents_email UNIQUE (email)
);
CREATE TABLE hq_analytics (
	kiosk_id VARCHAR(36) NOT NULL,
	event_id VARCHAR(64) NOT NULL,
	day VARCHAR(10) NOT NULL,
	kind VARCHAR(32) NOT NULL,
	value VARCHAR(200) NOT NULL,
	count INTEGER NOT NULL,
	PRIMARY KEY (kiosk_id, day, kind, value)
);
CREATE TABLE hq_audit_log (
	id INTEGER NOT NULL,
	at VARCHAR(20) NOT NULL,
	agent_id INTEGER,
	agent_email VARCHAR(254),
	action VARCHAR(32) NOT NULL,
	lead_id VARCHAR(36),
	detail TEXT,
	PRIMARY KEY (id)
);
CREATE TABLE hq_catalog_units (
	ref VARCHAR(40) NOT NULL,
	record TEXT NOT NULL,
	city_id VARCHAR(64),
	region_id VARCHAR(64),
	type VARCHAR(32),
	version INTEGER NOT NULL,
	deleted BOOLEAN NOT NULL,
	PRIMARY KEY (ref)
);
CREATE TABLE hq_catalog_versions (
	version INTEGER NOT NULL,
	created_at VARCHAR(32) NOT NULL,
	source VARCHAR(200) NOT NULL,
	upserts INTEGER NOT NULL,
	deletions INTEGER NOT NULL,
	PRIMARY KEY (version)
);
CREATE TABLE hq_console_sessions (
	token_hash VARCHAR(64) NOT NULL,
	agent_id INTEGER NOT NULL,
	csrf_token VARCHAR(64) NOT NULL,
	created_at VARCHAR(20) NOT NULL,
	last_seen VARCHAR(20) NOT NULL,
	expires_at VARCHAR(20) NOT NULL,
	PRIMARY KEY (token_hash),
	FOREIGN KEY(agent_id) REFERENCES hq_agents (id)
);
CREATE TABLE hq_console_state (
	"key" VARCHAR(64) NOT NULL,
	value TEXT NOT NULL,
	PRIMARY KEY ("key")
);
CREATE TABLE hq_kiosks (
	id VARCHAR(36) NOT NULL,
	name VARCHAR(100) NOT NULL,
	event_id VARCHAR(64) NOT NULL,
	token_hash VARCHAR(128) NOT NULL,
	revoked BOOLEAN NOT NULL,
	created_at VARCHAR(32) NOT NULL,
	last_seen VARCHAR(32),
	last_heartbeat TEXT,
	PRIMARY KEY (id),
	UNIQUE (name)
);
CREATE TABLE hq_lead_history (
	id INTEGER NOT NULL,
	lead_id VARCHAR(36) NOT NULL,
	at VARCHAR(20) NOT NULL,
	agent_id INTEGER,
	agent_email VARCHAR(254),
	kind VARCHAR(16) NOT NULL,
	old_value VARCHAR(254),
	new_value VARCHAR(254),
	note TEXT,
	PRIMARY KEY (id)
);
CREATE TABLE hq_lead_programmes (
	lead_id VARCHAR(36) NOT NULL,
	programme_id VARCHAR(64) NOT NULL,
	PRIMARY KEY (lead_id, programme_id)
);
CREATE TABLE hq_leads (
	id VARCHAR(36) NOT NULL,
	kiosk_id VARCHAR(64) NOT NULL,
	event_id VARCHAR(64) NOT NULL,
	created_at VARCHAR(32) NOT NULL,
	received_at VARCHAR(32) NOT NULL,
	language VARCHAR(8) NOT NULL,
	desk VARCHAR(16) NOT NULL,
	tickets TEXT NOT NULL,
	interests TEXT NOT NULL,
	interest_city_id VARCHAR(64),
	interest_region_id VARCHAR(64),
	interest_type VARCHAR(64),
	country VARCHAR(64) NOT NULL,
	city VARCHAR(120) NOT NULL,
	is_mre BOOLEAN,
	budget_mad INTEGER,
	consent_callback BOOLEAN NOT NULL,
	consent_marketing BOOLEAN NOT NULL,
	consent_share BOOLEAN NOT NULL,
	notice_version VARCHAR(64) NOT NULL,
	consent_at VARCHAR(32) NOT NULL,
	consent_language VARCHAR(8) NOT NULL,
	first_name VARCHAR(200) NOT NULL,
	last_name VARCHAR(200) NOT NULL,
	phone_e164 VARCHAR(20) NOT NULL,
	email VARCHAR(254) NOT NULL,
	note TEXT NOT NULL,
	content_hash VARCHAR(128) NOT NULL,
	status VARCHAR(16) NOT NULL,
	assigned_to INTEGER,
	next_call_date VARCHAR(10),
	PRIMARY KEY (id)
);
CREATE TABLE hq_schema (
	id INTEGER NOT NULL,
	version INTEGER NOT NULL,
	PRIMARY KEY (id)
);
CREATE TABLE hq_signin_throttle (
	"key" VARCHAR(300) NOT NULL,
	failures INTEGER NOT NULL,
	window_start VARCHAR(20) NOT NULL,
	locked_until VARCHAR(20),
	PRIMARY KEY ("key")
);
CREATE INDEX hq_catalog_units_version ON hq_catalog_units (version);
CREATE INDEX ix_hq_audit_log_at ON hq_audit_log (at);
CREATE INDEX ix_hq_audit_log_lead ON hq_audit_log (lead_id);
CREATE INDEX ix_hq_console_sessions_agent ON hq_console_sessions (agent_id);
CREATE INDEX ix_hq_lead_history_lead ON hq_lead_history (lead_id, id);
CREATE INDEX ix_hq_lead_programmes_programme ON hq_lead_programmes (programme_id, lead_id);
CREATE INDEX ix_hqc_leads_assigned_created ON hq_leads (assigned_to, created_at, id);
CREATE INDEX ix_hqc_leads_city_created ON hq_leads (interest_city_id, created_at, id);
CREATE INDEX ix_hqc_leads_created ON hq_leads (created_at, id);
CREATE INDEX ix_hqc_leads_event_created ON hq_leads (event_id, created_at, id);
CREATE INDEX ix_hqc_leads_first_name ON hq_leads (lower(first_name));
CREATE INDEX ix_hqc_leads_last_name ON hq_leads (lower(last_name));
CREATE INDEX ix_hqc_leads_name ON hq_leads (last_name, id);
CREATE INDEX ix_hqc_leads_phone ON hq_leads (phone_e164);
CREATE INDEX ix_hqc_leads_received ON hq_leads (received_at, id);
CREATE INDEX ix_hqc_leads_region_created ON hq_leads (interest_region_id, created_at, id);
CREATE INDEX ix_hqc_leads_status_created ON hq_leads (status, created_at, id);
INSERT INTO hq_schema (id, version) VALUES (1, 1);
