"""The app's HTTP endpoints: Teams' messages, the health check, the events' calendar files."""
