"""The workspace search box (objectName workspaceSearch) and its results panel."""
