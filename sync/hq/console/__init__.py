"""HQ web console for sales agents: leads, follow-up, exports, fleet, dashboard."""
